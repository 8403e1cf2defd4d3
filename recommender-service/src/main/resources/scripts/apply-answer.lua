-- Stores a learner's new memory state of one question and new mastery, and the learner-model event
-- that announces them, in one step -- unless this Kafka partition offset was already applied.
-- The memory goes to the question's bucket; the learner hash's legacy field of the question (memory stored before
-- the buckets) is deleted, so it cannot come back once the bucket's memory is newer.
-- With a fourth key, it also tallies the answer for the learner's experiment arm (see RedisKeys).
-- KEYS[1] learner hash, KEYS[2] the question's memory bucket, KEYS[3] shard outbox stream,
-- KEYS[4] (optional) the experiment's hash of this shard
-- ARGV[1] guard field, ARGV[2] offset, ARGV[3] question id (bucket field), ARGV[4] memory value (binary),
-- ARGV[5] legacy memory field, ARGV[6] mastery value,
-- ARGV[7] topic, ARGV[8] key (learnerId), ARGV[9] event json, ARGV[10] traceparent ('' outside any trace),
-- ARGV[11] arm (used only if none is stored), ARGV[12] '1' if readiness is at least 0.8,
-- ARGV[13] '1' if the item was due for review, ARGV[14] '1' if it was answered right
local applied = redis.call('HGET', KEYS[1], ARGV[1])
if applied and tonumber(applied) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
redis.call('HDEL', KEYS[1], ARGV[5])
redis.call('HSET', KEYS[1], 'm', ARGV[6], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[3], '*', 't', ARGV[7], 'k', ARGV[8], 'v', ARGV[9], 'p', ARGV[10])
-- wakes the relays (RedisOutboxWakeUps): the one holding this outbox's lease sends the event now
redis.call('PUBLISH', KEYS[3], '')
if KEYS[4] then
  local learner = ARGV[8]
  if redis.call('HSETNX', KEYS[4], 'a:' .. learner, ARGV[11]) == 1 then
    redis.call('HINCRBY', KEYS[4], '#:' .. ARGV[11], 1)
  end
  local answers = redis.call('HINCRBY', KEYS[4], 'n:' .. learner, 1)
  if ARGV[12] == '1' then
    redis.call('HSETNX', KEYS[4], 'r:' .. learner, answers)
  end
  if ARGV[13] == '1' then
    redis.call('HINCRBY', KEYS[4], 'd:' .. learner, 1)
    if ARGV[14] == '1' then
      redis.call('HINCRBY', KEYS[4], 'c:' .. learner, 1)
    end
  end
end
return 1
