-- Creates a session hash with its items, indexes it for the learner and (exams) for the deadline sweeper,
-- and records its questions as seen by the learner now.
-- KEYS[1] session hash, KEYS[2] learner's sessions zset, KEYS[3] shard deadlines zset, KEYS[4] learner's seen zset,
-- KEYS[5] learner's open exam (an exam is refused while another is open: 'OPEN_EXAM <its id>')
-- ARGV[1] meta json, ARGV[2] session id, ARGV[3] started-at ms, ARGV[4] deadline ms or '',
-- ARGV[5] deadline member, ARGV[6] ttl seconds, ARGV[7] seen limit, ARGV[8] seen ttl seconds,
-- ARGV[9] item count n, ARGV[10 .. 9+n] item json in item order, ARGV[10+n ..] their question ids
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.error_reply('EXISTS')
end
if ARGV[4] ~= '' and not redis.call('SET', KEYS[5], ARGV[2], 'NX', 'EX', tonumber(ARGV[6])) then
  return redis.error_reply('OPEN_EXAM ' .. redis.call('GET', KEYS[5]))
end
redis.call('HSET', KEYS[1], 'meta', ARGV[1], 'status', 'IN_PROGRESS', 'rev', 0)
local n = tonumber(ARGV[9])
for i = 0, n - 1 do
  redis.call('HSET', KEYS[1], 'i:' .. i, ARGV[10 + i])
end
for i = 10 + n, #ARGV do
  redis.call('ZADD', KEYS[4], tonumber(ARGV[3]), ARGV[i])
end
-- keep the most recently seen; what drops out counts as unseen again
redis.call('ZREMRANGEBYRANK', KEYS[4], 0, -tonumber(ARGV[7]) - 1)
redis.call('EXPIRE', KEYS[4], tonumber(ARGV[8]))
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
redis.call('ZADD', KEYS[2], tonumber(ARGV[3]), ARGV[2])
-- the index must outlive every session in it: lengthen its TTL, never shorten it (a finished session
-- in it may be kept longer than an open one)
if redis.call('TTL', KEYS[2]) < tonumber(ARGV[6]) then
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[6]))
end
if ARGV[4] ~= '' then
  redis.call('ZADD', KEYS[3], tonumber(ARGV[4]), ARGV[5])
end
return 'OK'
