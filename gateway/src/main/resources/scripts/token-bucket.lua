-- A token bucket per key, refilled continuously at ARGV[1] tokens/s up to ARGV[2]; takes ARGV[3] tokens.
-- Uses the Redis server's clock, so gateway instances with skewed clocks agree.
-- KEYS[1] bucket hash (tokens, at); returns {allowed 0|1, tokens left, ms until a token is available}
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local requested = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate / 1000)
local allowed = 0
if tokens >= requested then
  tokens = tokens - requested
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
local wait = 0
if allowed == 0 then
  wait = math.ceil((requested - tokens) * 1000 / rate)
end
return {allowed, math.floor(tokens), wait}
