/**
 * Labelled example sentences for the claim detector, written for these tests (not taken from
 * any article). Each is detected on its own, as a one-sentence text.
 */
import type { ClaimKind } from '@/lib/types';

export const KIND_EXAMPLES: Record<ClaimKind, string[]> = {
  'state-media': [
    'KCNA said on Sunday that more than 1.2 million young people had applied to join the army within three days.',
    "North Korea's official Rodong Sinmun reported that 500,000 students volunteered for military service.",
    'Pyongyang announced that its new cruise missile flew 1,800 kilometres before hitting its target.',
    'According to state media, about 900,000 workers signed petitions to enlist in the army.',
    'North Korea claimed its forces shot down a reconnaissance drone near the border.',
    'North Korea acknowledged for the first time that its troops had fought in the Kursk region, KCNA reported.',
    "Kim Jong Un said the country's artillery units had fired 200 shells in a drill.",
  ],
  'official-estimate': [
    "South Korea's spy agency said about 11,000 North Korean soldiers had been sent to Russia.",
    'The Pentagon estimated that roughly 1,000 North Korean troops had been killed or wounded in Kursk.',
    "Ukraine's military intelligence said North Korean units had begun moving toward the front line.",
    "South Korea's Joint Chiefs of Staff said the North fired two short-range ballistic missiles on Thursday.",
    'The Kremlin confirmed that North Korean soldiers took part in the fighting in the Kursk region.',
    'Zelensky said Ukrainian forces had captured two wounded North Korean soldiers.',
    'According to the NIS, about 2,000 of the deployed troops have been wounded.',
  ],
  'unnamed-source': [
    'Sources familiar with the matter said some 3,000 North Korean troops were moved to the border area.',
    'North Korean soldiers were reported to have suffered heavy losses in drone attacks.',
    'About 200 North Korean engineers have reportedly been sent to the occupied Donetsk region.',
    'Japanese media, citing government sources, said Pyongyang had sent artillery shells to Russia.',
    'There has been speculation that Pyongyang will send a second contingent of troops.',
    'A senior official who spoke on condition of anonymity said the soldiers had been trained in drone warfare.',
    'Video clips purporting to show North Korean troops in Russian uniforms have spread online.',
  ],
  accusation: [
    'Pyongyang accused Seoul of flying drones over the capital three times this month.',
    'North Korea blamed South Korean activists for sending propaganda balloons across the border.',
    'Seoul accused Pyongyang of sending troops to fight alongside Russian forces.',
    'The United States alleged that North Korea had shipped ballistic missiles to Russia.',
    'Ukraine accused North Korea of supplying artillery shells used against its cities.',
    'KCNA accused the South Korean military of firing shells into the buffer zone.',
  ],
  denial: [
    'The Kremlin denied that North Korean troops were fighting in Ukraine.',
    'Pyongyang dismissed the reports as groundless, calling them a fabrication by Seoul.',
    "Russia's foreign ministry called reports of North Korean soldiers in Kursk fake news.",
    "North Korea's foreign ministry rejected the reports that it had sent troops to Russia.",
    'A Kremlin spokesman said claims that North Korean troops were in Russia were lies.',
    'Moscow denies sending North Korean soldiers to the front.',
  ],
};

/** Sentences that are not claims, with why (the labelling guide's exclusions). */
export const NOT_CLAIMS: Array<[why: string, sentence: string]> = [
  ['threat', 'North Korea warned that it would turn Seoul into a sea of fire if provoked.'],
  ['threat', 'The army said it would wipe out the enemy at any moment.'],
  ['caveat', 'The figures could not be independently verified.'],
  ['caveat', 'Such claims about the troops are hard to verify.'],
  ['caveat', 'There has been no visual evidence of the deployment of North Korean troops.'],
  ['caveat', "If North Korea's claim is true, it would be the largest enlistment drive in years."],
  ['reference', 'The IISS estimates that North Korea has 1.28 million active troops.'],
  ['reference', 'North Korea has an estimated 1.2 million soldiers under arms.'],
  ['analyst', 'An analyst at a Seoul think tank said the recruits would likely come from farms.'],
  ['analyst', 'Experts said the enlistment drive was aimed at a domestic audience.'],
  ['similar claims', 'North Korea has made similar claims about its army in the past.'],
  ['unrelated', 'The weather in Seoul was cold and clear on Monday.'],
  ['refusal', "South Korea's defence ministry declined to comment on the report about the troops."],
  ['depiction', 'State TV showed footage of young people signing petitions to join the army.'],
  ['established fact', 'North Korea and Russia signed a mutual defence treaty in June 2024.'],
  ['condemnation', 'Japan condemned the missile launch as a violation of UN resolutions.'],
  ['no attribution', 'North Korean leader Kim Jong Un visited a munitions factory on Tuesday.'],
  ['non-denial', 'Putin did not deny that North Korean troops were in Russia.'],
];
