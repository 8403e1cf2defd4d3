-- Stores a learner's new memory state of one question and new mastery, and the learner-model event
-- that announces them, in one step -- unless this Kafka partition offset was already applied.
-- KEYS[1] learner hash, KEYS[2] shard outbox stream
-- ARGV[1] guard field, ARGV[2] offset, ARGV[3] memory field, ARGV[4] memory value, ARGV[5] mastery value,
-- ARGV[6] topic, ARGV[7] key, ARGV[8] event json
local applied = redis.call('HGET', KEYS[1], ARGV[1])
if applied and tonumber(applied) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[3], ARGV[4], 'm', ARGV[5], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[2], '*', 't', ARGV[6], 'k', ARGV[7], 'v', ARGV[8])
return 1
