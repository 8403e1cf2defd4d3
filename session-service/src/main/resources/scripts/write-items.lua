-- Writes changed items of an open session and, in the same step, its outbox events and learner history.
-- Nothing is written unless the session is still open and unchanged since it was read (revision check),
-- so an answer is acknowledged only together with its outbox entry.
-- KEYS[1] session hash, KEYS[2] shard outbox stream, KEYS[3] learner history hash
-- ARGV[1] expected revision, ARGV[2] item count n, ARGV[3] event count e, ARGV[4] history count h,
-- then n pairs (item index, item json), e quadruples (topic, key, value, request id), h pairs (question id, entry json)
if redis.call('HGET', KEYS[1], 'status') ~= 'IN_PROGRESS' then
  return redis.error_reply('CLOSED')
end
if redis.call('HGET', KEYS[1], 'rev') ~= ARGV[1] then
  return redis.error_reply('STALE')
end
local n, e, h = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local at = 5
for _ = 1, n do
  redis.call('HSET', KEYS[1], 'i:' .. ARGV[at], ARGV[at + 1])
  at = at + 2
end
for _ = 1, e do
  redis.call('XADD', KEYS[2], '*', 't', ARGV[at], 'k', ARGV[at + 1], 'v', ARGV[at + 2], 'r', ARGV[at + 3])
  at = at + 4
end
for _ = 1, h do
  redis.call('HSET', KEYS[3], ARGV[at], ARGV[at + 1])
  at = at + 2
end
return redis.call('HINCRBY', KEYS[1], 'rev', 1)
