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
    public void Count_NoKeys_IsZero()
    {
        using var counter = new DistinctKeyCounter(1L << 20);
        Assert.Equal(0, counter.Count());
    }
}
