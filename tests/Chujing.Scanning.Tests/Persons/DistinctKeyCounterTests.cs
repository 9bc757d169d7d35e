using Chujing.Scanning.Persons;

namespace Chujing.Scanning.Tests.Persons;

public sealed class DistinctKeyCounterTests
{
    [Theory]
    [InlineData(64L << 20)]
    [InlineData(1L << 16)]
    public void Count_SeededKeysWithDuplicates_IsExactInMemoryAndWhenSpilled(long budget)
    {
        var random = new Random(42);
        var keys = new UInt128[300_000];
        for (var i = 0; i < keys.Length; i++)
        {
            // About 100,000 distinct keys, each seen about three times, in random order.
            var n = (ulong)random.Next(100_000);
            keys[i] = new UInt128(n * 0x9E3779B97F4A7C15UL, n);
        }

        var expected = keys.Distinct().LongCount();
        using var counter = new DistinctKeyCounter(budget);
        for (var i = 0; i < keys.Length; i += 4096)
        {
            counter.Add(keys.AsSpan(i, Math.Min(4096, keys.Length - i)));
        }

        Assert.Equal(expected, counter.Count());
        Assert.Equal(budget < 1 << 20, counter.Spilled);
    }

    [Fact]
    public void Count_ManyKeysWithSkewedTopBytes_IsExact()
    {
        // Large enough for the in-place partitioning by top byte; half the keys share one top byte.
        var random = new Random(9);
        var keys = new UInt128[200_000];
        for (var i = 0; i < keys.Length; i++)
        {
            var n = (ulong)random.Next(60_000);
            var high = i % 2 == 0 ? 0xAB00000000000000UL | n : n * 0x9E3779B97F4A7C15UL;
            keys[i] = new UInt128(high, n);
        }

        using var counter = new DistinctKeyCounter(64L << 20);
        counter.Add(keys);
        Assert.Equal(keys.Distinct().LongCount(), counter.Count());
    }

    [Fact]
    public void Count_NoKeys_IsZero()
    {
        using var counter = new DistinctKeyCounter(1L << 20);
        Assert.Equal(0, counter.Count());
    }
}
