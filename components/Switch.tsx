export interface SwitchProps {
  /** Visible text, which is also the accessible name ("Enable Caveat"). */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Id of an element with more detail (a host name, why it is disabled). */
  describedBy?: string;
  testId?: string;
}

/**
 * An on/off switch: a `role="switch"` button, so screen readers say "on"/"off" and Space or
 * Enter toggles it. The label is the button's own text, so clicking it toggles too.
 */
export function Switch({ label, checked, onChange, disabled, describedBy, testId }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-describedby={describedBy}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-label">{label}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
