/** The task states as select options for the translation-tasks collection (see DESIGN.md). */
export const TASK_STATE_OPTIONS = [
  { label: 'Queued', value: 'queued' },
  { label: 'Machine translated', value: 'machine_translated' },
  { label: 'Needs human translation', value: 'needs_human' },
  { label: 'In review', value: 'in_review' },
  { label: 'Approved', value: 'approved' },
  { label: 'Published', value: 'published' },
  { label: 'Outdated', value: 'outdated' },
  { label: 'Failed', value: 'failed' },
]
