import type { Venue } from './venue';

/**
 * The IEEE J-BHI special issue "Foundation Models for the Next Generation of Biomedical and Health Intelligence".
 * Topics are the call's words exactly; dates are its "Key Dates". The call names no zone, so a date is read as
 * Anywhere on Earth (the last place on Earth where that day ends). The 250-word abstract limit is J-BHI's
 * regular-paper rule as quoted by third parties, so users can change it.
 */
export const jbhiFoundationModels: Venue = {
  id: 'jbhi-fm-2024',
  shortName: 'J-BHI FM',
  name: 'Foundation Models for the Next Generation of Biomedical and Health Intelligence',
  journal: 'IEEE Journal of Biomedical and Health Informatics',
  timeZone: 'UTC-12',
  topics: [
    { id: 1, title: 'Basic research on new theories, principles, and structures of biomedical and health foundation models' },
    { id: 2, title: 'Basic research on the interpretability and explainability of biomedical and health foundation models' },
    { id: 3, title: 'Prompt engineering in biomedical and health foundation models' },
    { id: 4, title: 'Data engineering in biomedical and health foundation models' },
    { id: 5, title: 'Large-scale biomedical and health dataset' },
    { id: 6, title: 'Multi-modal learning and alignment for biomedical and health foundation models' },
    { id: 7, title: 'Efficient computing for biomedical and health foundation models' },
    { id: 8, title: 'Adversarial robustness of biomedical and health foundation models' },
    { id: 9, title: 'Applications of foundation models in biomedical and health informatics' },
    { id: 10, title: 'New evaluation paradigms for biomedical and health foundation models' },
    { id: 11, title: 'New computer systems for biomedical and health foundation models' },
    { id: 12, title: 'Decentralised methods for developing and deploying biomedical and health foundation models' },
    { id: 13, title: 'Foundation model ethics, safety, privacy, and regulations in biomedicine and healthcare' },
  ],
  milestones: [
    { id: 'submission', label: 'Submission deadline', date: '2024-02-01' },
    { id: 'first-reviews', label: 'First reviews due', date: '2024-03-01' },
    { id: 'revision', label: 'Revised manuscript due', date: '2024-04-01' },
    { id: 'final-decision', label: 'Final decision', date: '2024-07-01' },
  ],
  limits: { abstractWords: 250 },
};

/** Every venue shipped with the extension, by id. */
export const bundledVenues: readonly Venue[] = [jbhiFoundationModels];

export const defaultVenueId = jbhiFoundationModels.id;
