-- Stores an experiment as stopped and, if it is the active one, leaves no experiment active.
-- KEYS[1] active experiment id (string), KEYS[2] experiments hash; ARGV[1] id, ARGV[2] stopped experiment json
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 1
