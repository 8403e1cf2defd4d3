-- Starts an experiment unless another is active.
-- KEYS[1] active experiment id (string), KEYS[2] experiments hash; ARGV[1] id, ARGV[2] experiment json
-- Returns the id of the experiment already active, or false when this one was started.
local active = redis.call('GET', KEYS[1])
if active then
  return active
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return false
