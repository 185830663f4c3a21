import type { FakeFault, FakeProviderId } from './types.ts';

export interface FaultAnswer {
  status: number;
  type: string;
  message: string;
}

type HttpFault = Exclude<FakeFault, 'hang' | 'cut-mid-stream' | 'non-json' | 'garbled-json' | 'truncated' | 'refusal'>;

/**
 * The error each real provider sends for each fault (status, error type, wording), so the
 * classifier is tested against what it will meet. Gemini answers a bad key with 400
 * API_KEY_INVALID, not 401, and Anthropic reports low credit as a 400 — as the real APIs do.
 */
export function faultAnswer(provider: FakeProviderId, fault: HttpFault, model: string): FaultAnswer {
  const p = provider === 'custom' ? 'openai' : provider;
  const table: Record<HttpFault, Record<'openai' | 'anthropic' | 'google' | 'mistral', FaultAnswer>> = {
    unauthorized: {
      openai: { status: 401, type: 'invalid_api_key', message: 'Incorrect API key provided: sk-fake***********1234. You can find your API key at https://platform.openai.com/account/api-keys.' },
      anthropic: { status: 401, type: 'authentication_error', message: 'invalid x-api-key' },
      google: { status: 400, type: 'API_KEY_INVALID', message: 'API key not valid. Please pass a valid API key.' },
      mistral: { status: 401, type: 'unauthorized', message: 'Unauthorized' },
    },
    forbidden: {
      openai: { status: 403, type: 'model_not_allowed', message: `Project does not have access to model ${model}` },
      anthropic: { status: 403, type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
      google: { status: 403, type: 'PERMISSION_DENIED', message: 'Method doesn\'t allow unregistered callers.' },
      mistral: { status: 403, type: 'forbidden', message: 'Forbidden' },
    },
    'model-not-found': {
      openai: { status: 404, type: 'model_not_found', message: `The model \`${model}\` does not exist or you do not have access to it.` },
      anthropic: { status: 404, type: 'not_found_error', message: `model: ${model}` },
      google: { status: 404, type: 'NOT_FOUND', message: `models/${model} is not found for API version v1beta, or is not supported for generateContent.` },
      mistral: { status: 404, type: 'invalid_model', message: `Invalid model: ${model}` },
    },
    'rate-limited': {
      openai: { status: 429, type: 'rate_limit_exceeded', message: 'Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1.' },
      anthropic: { status: 429, type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit.' },
      google: { status: 429, type: 'RESOURCE_EXHAUSTED', message: 'Resource has been exhausted (e.g. check quota).' },
      mistral: { status: 429, type: 'rate_limited', message: 'Requests rate limit exceeded' },
    },
    quota: {
      openai: { status: 429, type: 'insufficient_quota', message: 'You exceeded your current quota, please check your plan and billing details.' },
      anthropic: { status: 400, type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' },
      google: { status: 429, type: 'RESOURCE_EXHAUSTED', message: 'You exceeded your current quota, please check your plan and billing details.' },
      mistral: { status: 402, type: 'payment_required', message: 'Payment required: no active subscription or credit.' },
    },
    'context-too-long': {
      openai: { status: 400, type: 'context_length_exceeded', message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens." },
      anthropic: { status: 400, type: 'invalid_request_error', message: 'prompt is too long: 210000 tokens > 200000 maximum' },
      google: { status: 400, type: 'INVALID_ARGUMENT', message: 'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).' },
      mistral: { status: 400, type: 'invalid_request_error', message: 'Prompt contains 40000 tokens, too large for model with 32768 maximum context length' },
    },
    'server-error': {
      openai: { status: 500, type: 'server_error', message: 'The server had an error while processing your request.' },
      anthropic: { status: 500, type: 'api_error', message: 'Internal server error' },
      google: { status: 500, type: 'INTERNAL', message: 'An internal error has occurred.' },
      mistral: { status: 500, type: 'internal_server_error', message: 'Internal server error' },
    },
    unavailable: {
      openai: { status: 503, type: 'service_unavailable', message: 'The engine is currently overloaded, please try again later.' },
      anthropic: { status: 503, type: 'overloaded_error', message: 'Overloaded' },
      google: { status: 503, type: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
      mistral: { status: 503, type: 'service_unavailable', message: 'Service unavailable' },
    },
  };
  return table[fault][p];
}

export const HTTP_FAULTS = new Set<FakeFault>([
  'unauthorized', 'forbidden', 'model-not-found', 'rate-limited', 'quota', 'context-too-long', 'server-error', 'unavailable',
]);

export function isHttpFault(fault: FakeFault): fault is HttpFault {
  return HTTP_FAULTS.has(fault);
}
