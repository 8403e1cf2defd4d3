// A finish result handed from the player to the result page, so it need not be asked for twice.
const results = new Map();

export function rememberResult(sessionId, result) {
  results.set(sessionId, result);
}

export function takeResult(sessionId) {
  const result = results.get(sessionId);
  results.delete(sessionId);
  return result;
}
