using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

/// <summary>Rivest's sampler.py (2011-11-14): its docstring transcript and the rivest-sampler-tests cases.</summary>
public sealed class RivestSamplerTests
{
    // The transcript in sampler.py's docstring: seed 3546311556112163624615351222, a = 1, b = 876, n = 47, without
    // replacement; counter 32 gives 611 again and is rejected.
    private static readonly long[] Transcript =
    [
        740, 180, 264, 789, 238, 448, 272, 611, 761, 208, 596, 88, 160, 113, 766, 427, 184, 816, 653, 411, 779, 331, 339,
        487, 594, 235, 65, 527, 821, 490, 461, 251, 471, 414, 174, 567, 300, 134, 144, 357, 786, 792, 218, 550, 787, 537, 197,
    ];

    [Fact]
    public void Distinct_DocstringTranscript_ReproducesAll47Picks()
    {
        var picks = RivestSampler.Distinct("3546311556112163624615351222", 1, 876).Take(47).ToList();
        Assert.Equal(Transcript, picks.Select(p => p.Value));
        Assert.Equal(31, picks[30].Counter);
        Assert.Equal(33, picks[31].Counter); // counter 32 was the rejected duplicate
    }

    [Fact]
    public void Pick_Counter32OfTranscript_IsTheRejectedDuplicate611() =>
        Assert.Equal(611, RivestSampler.Pick("3546311556112163624615351222", 32, 1, 876));

    [Theory]
    [InlineData("0", 905, 573, 160)]
    [InlineData("1", 97, 89, 163)]
    [InlineData("abcde", 247, 427, 157)]
    public void Distinct_JerdonekCases_GiveThePublishedFirstPicks(string seed, long first, long second, long third) =>
        Assert.Equal([first, second, third], RivestSampler.Distinct(seed, 1, 1000).Take(3).Select(p => p.Value));

    [Fact]
    public void Distinct_LongerSample_KeepsTheShorterAsItsPrefix()
    {
        var short10 = RivestSampler.Distinct("an expanded sample keeps its prefix", 1, 500).Take(10).ToList();
        var long40 = RivestSampler.Distinct("an expanded sample keeps its prefix", 1, 500).Take(40).ToList();
        Assert.Equal(short10, long40.Take(10));
    }

    [Fact]
    public void Distinct_WholeRange_EndsAfterEveryValue()
    {
        var all = RivestSampler.Distinct("census of a small range 0123456789", 5, 24).Select(p => p.Value).ToList();
        Assert.Equal(Enumerable.Range(5, 20).Select(i => (long)i), all.Order());
    }

    [Fact]
    public void Pick_NonAsciiSeed_HashesUtf8() =>
        // Python: int(sha256("抽验,1".encode("utf-8")).hexdigest(), 16) % 1000 + 1
        Assert.Equal(PythonReference("抽验", 1, 1000), RivestSampler.Pick("抽验", 1, 1, 1000));

    // A plain reference: BigInteger of the hex digest, as the Python sampler computes it.
    private static long PythonReference(string seed, long counter, long b)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed + "," + counter));
        var value = new System.Numerics.BigInteger(hash, isUnsigned: true, isBigEndian: true);
        return 1 + (long)(value % b);
    }
}
