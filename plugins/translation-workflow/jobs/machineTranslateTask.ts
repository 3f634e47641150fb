import type { TaskConfig } from 'payload'
import { machineTranslate } from '../machineTranslate'
import { engineFor } from '../engine/engineFor'

/**
 * One job per task, so the languages of a document are translated in parallel by the queue.
 * Not retried by the queue: the engine retries transient provider errors itself, and a task that
 * still fails is marked `failed` for a person to retry, so nothing is billed twice by accident.
 */
export const machineTranslateTask: TaskConfig<{
  input: { taskId: number }
  output: { state: string }
}> = {
  slug: 'machine-translate',
  label: 'Machine-translate a task',
  inputSchema: [{ name: 'taskId', type: 'number', required: true }],
  outputSchema: [{ name: 'state', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const task = await machineTranslate(req.payload, await engineFor(req.payload), input.taskId)
    return { output: { state: task.state } }
  },
}
