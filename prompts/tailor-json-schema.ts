import { z } from 'zod';
import { TailorAnswerSchema } from './tailor.schema';

/** The JSON Schema of a tailoring plan as the model must write it (input side: defaults optional). */
export function tailorPlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(TailorAnswerSchema, { io: 'input' }) as Record<string, unknown>;
}
