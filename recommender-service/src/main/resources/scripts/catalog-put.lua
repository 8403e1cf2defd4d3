-- Records a question's latest version in the catalogue; an older version never overwrites a newer one.
-- KEYS[1] catalogue hash; ARGV[1] question id, ARGV[2] version, ARGV[3] encoded entry "version|..."
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local version = tonumber(string.match(current, '^(%d+)|'))
  if version and version > tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
