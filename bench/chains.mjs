// Which requests of a report wait for one another. The benchmark's bare-fetch references make the
// same requests as the core with the same concurrency: requests in one chain one after the other,
// all chains at once. Only Google Antigravity chains requests (an account's token refresh, then
// that account's quota summary, and its model list when the summary has nothing); every other
// request is independent.

// The Google credentials of the core's fixtures and of the benchmark's generated accounts.
export const ALICE_REFRESH = "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz";
export const BOB_REFRESH = "1//0gBobRefreshToken+ZYXWVUTSRQPONMLKJIH/9876";
export const ALICE_ACCESS = "ya29.a0AliceAccessToken_0123456789abcdefghijklmnopqrstuv";
export const BOB_ACCESS = "ya29.a0BobAccessToken_9876543210zyxwvutsrqponmlkjihgfe";
export const benchRefresh = (i) => `1//0gBenchRefreshToken-${String(i).padStart(4, "0")}-abcdefghijklmnopqrstuvwxyz`;
export const benchAccess = (i) => `ya29.a0BenchAccessToken_${String(i).padStart(4, "0")}_0123456789abcdefghijklmnopqrstu`;
const BENCH_REFRESH = /^1\/\/0gBenchRefreshToken-(\d{4})-/;
const BENCH_ACCESS = /^ya29\.a0BenchAccessToken_(\d{4})_/;

export const GOOGLE_TOKEN_PATH = "/google-oauth/token";
export const GOOGLE_SUMMARY_PATH = "/cloudcode/v1internal:retrieveUserQuotaSummary";
export const GOOGLE_MODELS_PATH = "/cloudcode/v1internal:fetchAvailableModels";

function header(headers, name) {
  const entries = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
  return entries.find(([key]) => key.toLowerCase() === name)?.[1];
}

/** The Google account a request is for (a refresh by its refresh token, the others by the access token). */
export function googleAccount({ path, body, headers }) {
  if (path === GOOGLE_TOKEN_PATH) {
    const refresh = new URLSearchParams(body ?? "").get("refresh_token") ?? "";
    if (refresh === ALICE_REFRESH) return "alice";
    if (refresh === BOB_REFRESH) return "bob";
    return refresh.match(BENCH_REFRESH)?.[1];
  }
  if (path === GOOGLE_SUMMARY_PATH || path === GOOGLE_MODELS_PATH) {
    const access = String(header(headers, "authorization") ?? "").replace(/^Bearer /, "");
    if (access === ALICE_ACCESS) return "alice";
    if (access === BOB_ACCESS) return "bob";
    return access.match(BENCH_ACCESS)?.[1];
  }
  return undefined;
}

/** Recorded requests ({ url, method, headers, body }, in the order made) grouped into chains. */
export function groupChains(requests) {
  const chains = new Map();
  requests.forEach((request, index) => {
    const account = googleAccount({ ...request, path: new URL(request.url).pathname });
    const key = account === undefined ? `request-${index}` : `google-${account}`;
    if (!chains.has(key)) chains.set(key, []);
    chains.get(key).push(request);
  });
  return [...chains.values()];
}

/** "3 requests, 2 at once, 2 rounds". */
export function describeChains(chains) {
  if (chains.length === 0) return "no request";
  const total = chains.reduce((sum, chain) => sum + chain.length, 0);
  const longest = Math.max(...chains.map((chain) => chain.length));
  return `${total} request${total === 1 ? "" : "s"}, ${chains.length} at once, ${longest} round${longest === 1 ? "" : "s"}`;
}
