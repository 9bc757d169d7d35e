using Chujing.Domain.Classification;
using Chujing.Scanning.Persons;

namespace Chujing.Scanning.Tests.Persons;

/// <summary>The person linker against a brute-force reference written from the rule alone, on seeded random data.</summary>
public sealed class PersonLinkerTests
{
    private const int Resident = 0;
    private const int Passport = 1;
    private const int Mobile = 2;
    private const int Email = 3;
    private const int Card = 4;
    private static readonly PersonKeyHasher Hasher = new(new byte[16]);

    [Fact]
    public void Count_AChainOfWeakerIdentifiers_IsOnePerson()
    {
        // A–B in one row, B–C in another, C alone in a third: one person.
        Assert.Equal((1L, 0L), Link([Row((Mobile, "13800138000"), (Email, "a@x.cn")), Row((Email, "a@x.cn"), (Card, "6222021234567890128")), Row((Card, "6222021234567890128"))]));
    }

    [Fact]
    public void Count_AnIdInOneRowAndOnlyItsMobileInAnother_IsOnePerson()
    {
        Assert.Equal((1L, 0L), Link([Row((Resident, "11010519491231002X"), (Mobile, "13800138000")), Row((Mobile, "13800138000"))]));
    }

    [Fact]
    public void Count_TwoResidentIdsSharingAFamilyPhone_AreTwoPersonsAndThePhoneIsShared()
    {
        var rows = new[]
        {
            Row((Resident, "11010519491231002X"), (Mobile, "13800138000")),
            Row((Resident, "440304199001011233"), (Mobile, "13800138000")),
            Row((Mobile, "13800138000"), (Email, "home@x.cn")),
        };
        Assert.Equal((2L, 1L), Link(rows));
    }

    [Fact]
    public void Count_TwoPassportsOfOneResidentId_AreOnePerson_TwoPassportsSharingAnEmail_AreTwo()
    {
        Assert.Equal((1L, 0L), Link([Row((Resident, "11010519491231002X"), (Passport, "E12345678")), Row((Resident, "11010519491231002X"), (Passport, "E87654321")), Row((Passport, "E87654321"))]));
        Assert.Equal((2L, 1L), Link([Row((Passport, "E12345678"), (Email, "a@x.cn")), Row((Passport, "E87654321"), (Email, "a@x.cn"))]));
    }

    [Fact]
    public void Count_APassportSeenWithTwoResidentIds_JoinsNeither()
    {
        // Shared: the passport, and the mobile seen only with it.
        Assert.Equal((2L, 2L), Link([Row((Resident, "11010519491231002X"), (Passport, "E12345678")), Row((Resident, "440304199001011233"), (Passport, "E12345678")), Row((Passport, "E12345678"), (Mobile, "13800138000"))]));
    }

    [Theory]
    [InlineData(1, 300, 64L << 20)]
    [InlineData(2, 2_000, 64L << 20)]
    [InlineData(3, 5_000, 1L << 16)]
    [InlineData(4, 20_000, 1L << 16)]
    [InlineData(5, 20_000, 64L << 20)]
    [InlineData(6, 20_000, 2L << 20)] // several chunks, all in memory: the kinds numbered in parallel
    public void Count_RandomRowsWithFamiliesAndChains_EqualsTheBruteForceReference(int seed, int rowCount, long budget)
    {
        var rows = RandomRows(new Random(seed), rowCount);
        var expected = Reference(rows);
        using var linker = new PersonLinker(budget);
        // Several batches, as the scan's workers send them.
        foreach (var batch in rows.Chunk(97))
        {
            linker.Add(batch.Select(Keyed).ToArray());
        }

        var actual = linker.Count();
        Assert.Equal(expected, (actual.Distinct, actual.Shared));
        Assert.Equal(budget < 1 << 20, linker.Spilled);
        Assert.True(expected.Distinct < rows.Count, "the data should repeat persons");
    }

    [Fact]
    public void Count_DoesNotDependOnTheOrderOfRows()
    {
        var rows = RandomRows(new Random(8), 3_000);
        var first = Link(rows);
        for (var i = 0; i < 3; i++)
        {
            var shuffled = rows.ToArray();
            new Random(i).Shuffle(shuffled);
            Assert.Equal(first, Link(shuffled));
        }
    }

    /// <summary>The rule, directly: persons = resident IDs + passports never seen with one + weak groups seen with nobody.</summary>
    private static (long Distinct, long Shared) Reference(IReadOnlyList<Dictionary<int, string>> rows)
    {
        var residents = rows.Where(r => r.ContainsKey(Resident)).Select(r => r[Resident]).ToHashSet();
        var passportIds = new Dictionary<string, HashSet<string>>();
        foreach (var row in rows.Where(r => r.ContainsKey(Passport)))
        {
            var set = passportIds.TryGetValue(row[Passport], out var s) ? s : passportIds[row[Passport]] = [];
            if (row.TryGetValue(Resident, out var id))
            {
                set.Add(id);
            }
        }

        string? PersonOf(Dictionary<int, string> row) =>
            row.TryGetValue(Resident, out var id) ? "R" + id
            : row.TryGetValue(Passport, out var p) ? passportIds[p].Count switch { 0 => "P" + p, 1 => "R" + passportIds[p].Single(), _ => "SHARED" }
            : null;

        // Weak identifiers as "kind:value"; adjacency through rows.
        var adjacency = new Dictionary<string, HashSet<string>>();
        foreach (var row in rows)
        {
            var weak = row.Where(kv => kv.Key >= Mobile).Select(kv => kv.Key + ":" + kv.Value).ToList();
            foreach (var a in weak)
            {
                var set = adjacency.TryGetValue(a, out var s) ? s : adjacency[a] = [];
                set.UnionWith(weak);
            }
        }

        var component = new Dictionary<string, int>();
        var components = 0;
        foreach (var start in adjacency.Keys)
        {
            if (component.ContainsKey(start))
            {
                continue;
            }

            var queue = new Queue<string>([start]);
            component[start] = components;
            while (queue.TryDequeue(out var node))
            {
                foreach (var next in adjacency[node].Where(n => !component.ContainsKey(n)))
                {
                    component[next] = components;
                    queue.Enqueue(next);
                }
            }

            components++;
        }

        var seenWith = Enumerable.Range(0, components).Select(_ => new HashSet<string>()).ToArray();
        foreach (var row in rows)
        {
            var weak = row.Where(kv => kv.Key >= Mobile).Select(kv => kv.Key + ":" + kv.Value).FirstOrDefault();
            if (weak is not null && PersonOf(row) is { } person)
            {
                seenWith[component[weak]].Add(person);
            }
        }

        long distinct = residents.Count + passportIds.Values.Count(s => s.Count == 0) + seenWith.Count(s => s.Count == 0);
        long shared = passportIds.Values.Count(s => s.Count > 1) + seenWith.Count(s => s.Count > 1 || s.Contains("SHARED"));
        return (distinct, shared);
    }

    private static List<Dictionary<int, string>> RandomRows(Random random, int count)
    {
        // Persons with some identifiers each; families share a phone; a few passports were recorded against two IDs.
        var persons = new List<Dictionary<int, string>>();
        var personCount = Math.Max(10, count / 3);
        for (var i = 0; i < personCount; i++)
        {
            var person = new Dictionary<int, string>();
            if (random.NextDouble() < 0.7)
            {
                person[Resident] = "R" + i;
            }

            if (random.NextDouble() < 0.3)
            {
                person[Passport] = "P" + (random.NextDouble() < 0.03 ? random.Next(i + 1) : i);
            }

            person[Mobile] = "M" + (random.NextDouble() < 0.1 ? random.Next(i + 1) : i);
            if (random.NextDouble() < 0.6)
            {
                person[Email] = "E" + i;
            }

            if (random.NextDouble() < 0.4)
            {
                person[Card] = "C" + i;
            }

            persons.Add(person);
        }

        var rows = new List<Dictionary<int, string>>();
        while (rows.Count < count)
        {
            var person = persons[random.Next(persons.Count)];
            var row = person.Where(_ => random.NextDouble() < 0.5).ToDictionary(kv => kv.Key, kv => kv.Value);
            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Dictionary<int, string> Row(params (int Kind, string Value)[] identifiers) => identifiers.ToDictionary(x => x.Kind, x => x.Value);

    private static PersonIdentifiers Keyed(Dictionary<int, string> row)
    {
        var identifiers = default(PersonIdentifiers);
        foreach (var (kind, value) in row)
        {
            identifiers.Set(kind, Hasher.Hash((byte)(kind + 1), value));
        }

        return identifiers;
    }

    private static (long, long) Link(IEnumerable<Dictionary<int, string>> rows)
    {
        using var linker = new PersonLinker(64L << 20);
        linker.Add(rows.Select(Keyed).ToArray());
        var count = linker.Count();
        return (count.Distinct, count.Shared);
    }
}
