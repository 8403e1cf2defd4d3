-- Stores one item's new memory state unless this Kafka partition offset was already applied for the learner.
-- KEYS[1] learner memory hash; ARGV[1] question id, ARGV[2] encoded state, ARGV[3] guard field, ARGV[4] offset
local applied = redis.call('HGET', KEYS[1], ARGV[3])
if applied and tonumber(applied) >= tonumber(ARGV[4]) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return 1
