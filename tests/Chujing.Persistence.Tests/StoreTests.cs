using Chujing.Domain.Consistency;
using Chujing.Domain.Filings;
using Chujing.Persistence.Consistency;
using Chujing.Persistence.Evidence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Persistence.Tests;

/// <summary>The same store tests on SQLite and on a real PostgreSQL server (see the two derived classes).</summary>
public abstract class StoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    protected abstract DatabaseLocation CreateDatabase();

    [Fact]
    public async Task Migrate_FreshDatabase_SeedsTheSevenZoneGroups()
    {
        await using var scope = await OpenAsync();
        var names = await Db(scope).ZoneGroups.OrderBy(z => z.Id).Select(z => z.Name).ToListAsync();
        Assert.Equal(["昌平", "朝阳", "大兴", "海淀", "顺义", "通州", "亦庄"], names);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_LogsNoError()
    {
        var log = new CapturedLog();
        await using var services = new ServiceCollection().AddLogging(b => b.AddProvider(log)).AddChujingPersistence(CreateDatabase()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(Db(scope));
        Assert.Empty(log.Errors);
        Assert.Empty(await Db(scope).Database.GetPendingMigrationsAsync());

        // Migrating again (a restart) is quiet too.
        await DatabaseMigrator.MigrateAsync(Db(scope));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Filing_SavedWithRecipientsAndFields_ReadsBackTheSame()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "测试企业", ZoneGroupId = "daxing", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        db.Filings.Add(new Filing
        {
            Id = "F-2026-0001",
            ProcessorId = processor.Id,
            ZoneGroupId = "daxing",
            Status = FilingStatus.UnderReview,
            ListEdition = "beijing-ftz/2024",
            Scenario = "clinical-trials",
            Fields = ["受试者编号", "年龄"],
            Recipients = [new() { Name = "Pharma AG", Country = "CH" }, new() { Name = "Lab Inc", Country = "US" }],
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidUntil = new DateOnly(2027, 12, 31),
            CreatedAt = At,
            UpdatedAt = At,
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var loaded = await db.Filings.SingleAsync(f => f.Status == FilingStatus.UnderReview && f.CreatedAt >= At);
        Assert.Equal(["受试者编号", "年龄"], loaded.Fields);
        Assert.Equal(["CH", "US"], loaded.Recipients.Select(r => r.Country));
        Assert.Equal(new DateOnly(2027, 12, 31), loaded.ValidUntil);
    }

    [Fact]
    public async Task UniqueViolation_DuplicateFilingId_IsOne_ButAMissingProcessorIsNot()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "测试企业", ZoneGroupId = "daxing", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        db.Filings.Add(new Filing { Id = "F-2026-0007", ProcessorId = processor.Id, ZoneGroupId = "daxing", CreatedAt = At, UpdatedAt = At });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Filings.Add(new Filing { Id = "F-2026-0007", ProcessorId = processor.Id, ZoneGroupId = "daxing", CreatedAt = At, UpdatedAt = At });
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(UniqueViolation.Is(duplicate));
        db.ChangeTracker.Clear();

        db.Filings.Add(new Filing { Id = "F-2026-0008", ProcessorId = processor.Id + 1000, ZoneGroupId = "daxing", CreatedAt = At, UpdatedAt = At });
        var missing = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.False(UniqueViolation.Is(missing));
    }

    [Fact]
    public async Task Filing_ChangedConcurrently_SecondSaveFails()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91310000MA1FL4B24G", Name = "P", ZoneGroupId = "haidian", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        db.Filings.Add(new Filing { Id = "F-2026-0002", ProcessorId = processor.Id, ZoneGroupId = "haidian", CreatedAt = At, UpdatedAt = At });
        await db.SaveChangesAsync();

        await using var other = scope.ServiceProvider.CreateAsyncScope();
        var db2 = other.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var copy = await db2.Filings.SingleAsync(f => f.Id == "F-2026-0002");
        copy.Status = FilingStatus.Submitted;
        copy.Version++;
        await db2.SaveChangesAsync();

        var mine = await db.Filings.SingleAsync(f => f.Id == "F-2026-0002");
        mine.Status = FilingStatus.Rejected;
        mine.Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task PersonKey_SamePersonTwice_CountsOnce()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "11100000000013127D", Name = "P", ZoneGroupId = "chaoyang", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        db.PersonKeys.Add(new PersonKey { ProcessorId = processor.Id, Year = 2026, KeyHash = "a" });
        db.PersonKeys.Add(new PersonKey { ProcessorId = processor.Id, Year = 2026, KeyHash = "b" });
        db.PersonKeys.Add(new PersonKey { ProcessorId = processor.Id, Year = 2026, Sensitive = true, KeyHash = "a" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.PersonKeys.Add(new PersonKey { ProcessorId = processor.Id, Year = 2026, KeyHash = "a" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        Assert.Equal(2, await db.PersonKeys.CountAsync(k => k.ProcessorId == processor.Id && k.Year == 2026 && !k.Sensitive));
    }

    [Fact]
    public async Task InsertRows_ManyExportRecords_ReadBackWithConvertedValues()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "P", ZoneGroupId = "yizhuang", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        var rows = Enumerable.Range(0, 2500).Select(i => new ExportRecord
        {
            ProcessorId = processor.Id,
            ZoneGroupId = "yizhuang",
            Time = At.AddMinutes(i),
            Year = 2026,
            Recipient = "接收方 " + i,
            Country = "DE",
            Persons = i,
            Sensitive = i % 2 == 0,
            LeafIndex = i,
            TreeSize = 2500,
            RecordedAt = At,
        }).ToList();
        Assert.Equal(2500, await db.InsertRowsAsync(rows, CancellationToken.None));
        var last = await db.ExportRecords.Where(r => r.ProcessorId == processor.Id).OrderByDescending(r => r.Time).FirstAsync();
        Assert.Equal(At.AddMinutes(2499), last.Time);
        Assert.Equal("接收方 2499", last.Recipient);
        Assert.Null(last.FilingId);
        Assert.Equal(1250, await db.ExportRecords.CountAsync(r => r.ProcessorId == processor.Id && r.Sensitive));
    }

    [Fact]
    public async Task InsertRows_SharedAndOwnLists_EachRowReadsBackItsOwnValues()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "P", ZoneGroupId = "yizhuang", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        // Rows alternate between two shared lists, and every third row holds its own (more than are kept converted).
        List<string> shared = ["filing:F-2026-0001#recipients", "beijing-ftz#consistency-check"];
        List<string> other = ["filing:F-2026-0001#persons.sensitive"];
        List<string> Rules(long i) => i % 3 == 0 ? ["rule-" + i] : i % 2 == 0 ? shared : other;
        var rows = Enumerable.Range(0, 600).Select(i => new DeviationRecord
        {
            ProcessorId = processor.Id,
            ZoneGroupId = "yizhuang",
            LeafIndex = i,
            EventTime = At,
            Year = 2026,
            Kind = DeviationKind.RecipientNotFiled,
            Path = "recipient",
            Severity = Severity.Serious,
            Detail = "境外接收方不在备案之列 " + i,
            DetailEn = "not filed " + i,
            BasisRules = Rules(i),
            BasisCitations = i % 3 == 0 ? ["备案 " + i] : ["备案 F-2026-0001（境外接收方）"],
            RecordedAt = At,
        }).ToList();

        Assert.Equal(600, await db.InsertRowsAsync(rows, CancellationToken.None));

        var stored = await db.Deviations.Where(d => d.ProcessorId == processor.Id).OrderBy(d => d.LeafIndex).ToListAsync();
        Assert.Equal(600, stored.Count);
        Assert.All(stored, d => Assert.Equal(Rules(d.LeafIndex), d.BasisRules));
        Assert.All(stored, d => Assert.Equal(d.LeafIndex % 3 == 0 ? "备案 " + d.LeafIndex : "备案 F-2026-0001（境外接收方）", Assert.Single(d.BasisCitations)));
    }

    [Fact]
    public async Task InsertRows_SkipExisting_CountsOnlyTheNewRowsAndKeepsTheOldOnes()
    {
        await using var scope = await OpenAsync();
        var db = Db(scope);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "P", ZoneGroupId = "yizhuang", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        List<PersonKey> Keys(int from, int count) =>
            [.. Enumerable.Range(from, count).Select(i => new PersonKey { ProcessorId = processor.Id, Year = 2026, KeyHash = "k" + i })];

        // Twice in one transaction (as one ingestion does for two years), then again after it.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(100, await db.InsertRowsAsync(Keys(0, 100), CancellationToken.None, skipExisting: true));
            Assert.Equal(50, await db.InsertRowsAsync(Keys(50, 100), CancellationToken.None, skipExisting: true));
            await transaction.CommitAsync();
        }

        Assert.Equal(25, await db.InsertRowsAsync(Keys(125, 50), CancellationToken.None, skipExisting: true));
        Assert.Equal(175, await db.PersonKeys.CountAsync(k => k.ProcessorId == processor.Id));
    }

    private static ChujingDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ChujingDbContext>();

    [Fact]
    public async Task Filings_WithTheirOwnedCollections_LogNoMultipleCollectionIncludeWarning()
    {
        var log = new CapturedLog();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(log)).AddChujingPersistence(CreateDatabase()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = Db(scope);
        await DatabaseMigrator.MigrateAsync(db);
        var processor = new Processor { Uscc = "91110000802100433B", Name = "测试企业", ZoneGroupId = "daxing", RegisteredAt = At };
        db.Processors.Add(processor);
        await db.SaveChangesAsync();
        db.Filings.Add(new Filing
        {
            Id = "F-2026-0009",
            ProcessorId = processor.Id,
            ZoneGroupId = "daxing",
            Status = FilingStatus.Draft,
            ListEdition = "beijing-ftz/2024",
            Scenario = "clinical-trials",
            Recipients = [new() { Name = "Pharma AG", Country = "CH" }],
            Basis = [new() { Rule = "r", Title = "t", Citation = "c", Explanation = "e" }],
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidUntil = new DateOnly(2027, 12, 31),
            CreatedAt = At,
            UpdatedAt = At,
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var loaded = await db.Filings.Include(f => f.Processor).ToListAsync();
        Assert.Equal(["Pharma AG"], Assert.Single(loaded).Recipients.Select(r => r.Name));
        Assert.Single(loaded[0].Basis);
        Assert.DoesNotContain(log.Warnings, e => e.Id == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.MultipleCollectionIncludeWarning.Id);
    }

    private async Task<AsyncServiceScope> OpenAsync()
    {
        var services = new ServiceCollection().AddChujingPersistence(CreateDatabase()).BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(Db(scope));
        return scope;
    }
}
