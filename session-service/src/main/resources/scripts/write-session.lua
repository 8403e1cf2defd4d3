-- Writes changed items of an open session and, in the same step, their outbox events and the
-- learner's history; when finishing, also closes the session. Nothing is written unless the session
-- is still open and unchanged since it was read (revision check), so an answer is acknowledged only
-- together with its outbox entry.
-- KEYS[1] session hash, KEYS[2] shard outbox stream, KEYS[3] learner history hash, KEYS[4] shard deadlines zset,
-- KEYS[5] learner's sessions zset, KEYS[6] learner's open exam
-- ARGV[1] expected revision, ARGV[2] finished-at ms ('' = not finishing), ARGV[3] result json,
-- ARGV[4] deadline member, ARGV[5] ttl seconds after finishing, ARGV[6] item count n, ARGV[7] event count e,
-- ARGV[8] history count h, ARGV[9] session id, ARGV[10] the finished session's items in one field ('' = not
-- finishing), then n pairs (item index, item json), e quintuples (topic, key, value, request id, traceparent),
-- h pairs (question id, entry json)
if redis.call('HGET', KEYS[1], 'status') ~= 'IN_PROGRESS' then
  return redis.error_reply('CLOSED')
end
if redis.call('HGET', KEYS[1], 'rev') ~= ARGV[1] then
  return redis.error_reply('STALE')
end
local n, e, h = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local at = 11
for _ = 1, n do
  redis.call('HSET', KEYS[1], 'i:' .. ARGV[at], ARGV[at + 1])
  at = at + 2
end
for _ = 1, e do
  redis.call('XADD', KEYS[2], '*', 't', ARGV[at], 'k', ARGV[at + 1], 'v', ARGV[at + 2], 'r', ARGV[at + 3],
    'p', ARGV[at + 4])
  at = at + 5
end
if e > 0 then
  -- wakes the relays (RedisOutboxWakeUps): the one holding this outbox's lease sends the entries now
  redis.call('PUBLISH', KEYS[2], '')
end
for _ = 1, h do
  redis.call('HSET', KEYS[3], ARGV[at], ARGV[at + 1])
  at = at + 2
end
if ARGV[2] ~= '' then
  -- a finished session keeps its items in one field: the hash is written anew without a field per item
  local meta, rev = redis.call('HGET', KEYS[1], 'meta'), redis.call('HGET', KEYS[1], 'rev')
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'meta', meta, 'rev', rev, 'status', 'FINISHED', 'finishedAt', ARGV[2],
    'result', ARGV[3], 'z', ARGV[10])
  redis.call('ZREM', KEYS[4], ARGV[4])
  if redis.call('GET', KEYS[6]) == ARGV[9] then
    redis.call('DEL', KEYS[6])
  end
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
  -- the learner's index keeps listing the finished session as long as it is kept
  if redis.call('TTL', KEYS[5]) < tonumber(ARGV[5]) then
    redis.call('EXPIRE', KEYS[5], tonumber(ARGV[5]))
  end
end
return redis.call('HINCRBY', KEYS[1], 'rev', 1)
