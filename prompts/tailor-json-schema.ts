import { z } from 'zod';
import { TailorPlanSchema } from './tailor.schema';

/** The JSON Schema of a tailoring plan as the model must write it (input side: defaults optional). */
export function tailorPlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(TailorPlanSchema, { io: 'input' }) as Record<string, unknown>;
}
