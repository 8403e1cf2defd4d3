-- Stores a learner's new memory state of one question and new mastery, and the learner-model event
-- that announces them, in one step -- unless this Kafka partition offset was already applied.
-- With a third key, it also tallies the answer for the learner's experiment arm (see RedisKeys).
-- KEYS[1] learner hash, KEYS[2] shard outbox stream, KEYS[3] (optional) the experiment's hash of this shard
-- ARGV[1] guard field, ARGV[2] offset, ARGV[3] memory field, ARGV[4] memory value, ARGV[5] mastery value,
-- ARGV[6] topic, ARGV[7] key (learnerId), ARGV[8] event json, ARGV[9] traceparent ('' outside any trace),
-- ARGV[10] arm (used only if none is stored), ARGV[11] '1' if readiness is at least 0.8,
-- ARGV[12] '1' if the item was due for review, ARGV[13] '1' if it was answered right
local applied = redis.call('HGET', KEYS[1], ARGV[1])
if applied and tonumber(applied) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4], 'm', ARGV[5], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[2], '*', 't', ARGV[6], 'k', ARGV[7], 'v', ARGV[8], 'p', ARGV[9])
if KEYS[3] then
  local learner = ARGV[7]
  if redis.call('HSETNX', KEYS[3], 'a:' .. learner, ARGV[10]) == 1 then
    redis.call('HINCRBY', KEYS[3], '#:' .. ARGV[10], 1)
  end
  local answers = redis.call('HINCRBY', KEYS[3], 'n:' .. learner, 1)
  if ARGV[11] == '1' then
    redis.call('HSETNX', KEYS[3], 'r:' .. learner, answers)
  end
  if ARGV[12] == '1' then
    redis.call('HINCRBY', KEYS[3], 'd:' .. learner, 1)
    if ARGV[13] == '1' then
      redis.call('HINCRBY', KEYS[3], 'c:' .. learner, 1)
    end
  end
end
return 1
