using System.Globalization;
using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Applications;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Filings;

/// <summary>Deciding a filing on the processor's year, and deciding again when an input of the decision changes.</summary>
public sealed partial class FilingService
{
    /// <summary>The counts of <paramref name="processorId"/>'s year a filing is assessed with; <paramref name="excludingId"/> is the filing itself.</summary>
    public async Task<YearCounts> YearCountsAsync(int processorId, string? excludingId, CancellationToken ct)
    {
        var year = await YearInputsAsync(processorId, excludingId is null ? [] : [excludingId], ct).ConfigureAwait(false);
        return year.For(processorId, excludingId);
    }

    /// <summary>
    /// What the year's counts of <paramref name="processorId"/> (null: every processor) are made of, read once for any
    /// number of filings: the processors' person counters, the filings approved and in force today, and the persons
    /// already sent under each of <paramref name="filingIds"/>.
    /// </summary>
    private async Task<YearInputs> YearInputsAsync(int? processorId, IReadOnlyCollection<string> filingIds, CancellationToken ct)
    {
        var now = RegulatoryCalendar.Now(time);
        var today = DateOnly.FromDateTime(now.DateTime);
        var counters = await db.PersonCounters.AsNoTracking()
            .Where(c => (processorId == null || c.ProcessorId == processorId) && c.Year == now.Year)
            .ToListAsync(ct).ConfigureAwait(false);
        var inForce = await db.Filings.AsNoTracking()
            .Where(f => (processorId == null || f.ProcessorId == processorId) && f.Status == FilingStatus.Approved && f.ValidFrom <= today && f.ValidUntil >= today)
            .Select(f => new YearInputs.InForce(f.Id, f.ProcessorId, f.PersonsPersonal, f.PersonsSensitive))
            .ToListAsync(ct).ConfigureAwait(false);
        var own = filingIds.Count == 0
            ? []
            : await db.FilingPersonCounters.AsNoTracking().Where(c => filingIds.Contains(c.FilingId) && c.Year == now.Year).ToListAsync(ct).ConfigureAwait(false);
        return new YearInputs(now.Year, counters, inForce, own);
    }

    /// <summary>
    /// Decides every open filing of <paramref name="processorId"/> again (after a list approval, new counts, another
    /// edition). A draft or a returned filing takes the new decision; a filing a person must act on — submitted, under
    /// review, approved — keeps what was filed and is flagged out of date when the pathway changed (a decision with the same
    /// pathway is brought up to date). Null <paramref name="processorId"/>: every processor. Returns how many changed.
    /// </summary>
    /// <remarks>
    /// Decisions are taken again from what is stored, so when another request changed one of the filings meanwhile
    /// (two uploads of evidence at once, an edit), the pass is simply run again on the fresh rows. The caller's own
    /// changes are saved before this is called.
    /// </remarks>
    public async Task<int> ReassessAsync(int? processorId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReassessOnceAsync(processorId, ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxReassessAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Decides the processor's open filings again inside the caller's transaction (evidence ingestion: the counts and
    /// the decisions they change commit together, one commit instead of two). False when another request changed one
    /// of the filings meanwhile: the pass's own changes were rolled back to the savepoint EF Core takes around them,
    /// the caller's stay, and the caller runs <see cref="ReassessAsync"/> once its transaction is committed.
    /// </summary>
    public async Task<bool> TryReassessWithinAsync(int processorId, CancellationToken ct)
    {
        try
        {
            await ReassessOnceAsync(processorId, ct).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>How many times a re-assessment overtaken by a concurrent change is run again before the conflict is reported.</summary>
    private const int MaxReassessAttempts = 10;

    private async Task<int> ReassessOnceAsync(int? processorId, CancellationToken ct)
    {
        if (!assessor.IsAvailable)
        {
            return 0;
        }

        var open = await db.Filings.Include(f => f.Processor)
            .Where(f => (processorId == null || f.ProcessorId == processorId) && f.Status != FilingStatus.Rejected && f.Status != FilingStatus.Revoked && f.Status != FilingStatus.Expired)
            .ToListAsync(ct).ConfigureAwait(false);
        var changed = 0;
        var now = time.GetUtcNow();
        var inputs = await YearInputsAsync(processorId, [.. open.Select(f => f.Id)], ct).ConfigureAwait(false);
        foreach (var filing in open)
        {
            var content = FilingRows.Content(filing);
            if (!content.IsSuccess)
            {
                continue;
            }

            var year = inputs.For(filing.ProcessorId, filing.Id);
            var listApproved = await ListApprovals.IsApprovedAsync(db, filing.ProcessorId, content.Value.ListEdition, ct).ConfigureAwait(false);
            var decision = Assess(content.Value, filing.Processor!, listApproved, year);
            if (!decision.IsSuccess)
            {
                continue;
            }

            var stamp = FilingDecisions.Stamp(decision.Value.Catalogs);
            var sameYear = filing.YearPersonal == year.Added.Personal && filing.YearSensitive == year.Added.Sensitive;
            if (decision.Value.Pathway == filing.Pathway && stamp == filing.CatalogStamp && sameYear)
            {
                if (filing.OutOfDate)
                {
                    filing.OutOfDate = false;
                    filing.ReassessedPathway = null;
                    changed++;
                }

                continue;
            }

            var before = Snapshot(filing);
            if (FilingStateMachine.IsEditable(filing.Status) && filing.Status != FilingStatus.Approved)
            {
                Store(filing, decision.Value, year, now);
            }
            else if (decision.Value.Pathway != filing.Pathway)
            {
                filing.OutOfDate = true;
                filing.ReassessedPathway = decision.Value.Pathway;
            }
            else
            {
                // Same pathway on the current rules and counts: nothing for a person to do; the record follows.
                Store(filing, decision.Value, year, now);
            }

            audit.Record(db, null, Entity, filing.Id, "reassess", filing.ProcessorId, filing.ZoneGroupId, before, Snapshot(filing));
            changed++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// Decides <paramref name="content"/>; <paramref name="listApproved"/>: whether the zone group approved the processor
    /// to use the filing's own list edition (an approval counts for the edition it approved only).
    /// </summary>
    private Result<Decision> Assess(FilingContent content, Processor processor, bool listApproved, YearCounts year)
    {
        var decision = assessor.Assess(content.ToActivity(zones.Profile(processor) with { ListApproved = listApproved }, ToCounts(year.Total(content.PersonsPersonal, content.PersonsSensitive))));
        return decision.IsSuccess ? decision : Result<Decision>.Failure([.. decision.Diagnostics.Select(FilingField)]);
    }

    // The engine names the activity's fields; a filing's problem names the filing's own (its list is listEdition).
    private static Diagnostic FilingField(Diagnostic d) => d.Subject == "list"
        ? d with { Subject = "listEdition", Message = d.Message.Replace("'list'", "'listEdition'", StringComparison.Ordinal) }
        : d;

    private static PersonCounts ToCounts(PersonsBody persons) => new(persons.Personal, persons.Sensitive);

    private static void Store(Filing filing, Decision decision, YearCounts year, DateTimeOffset now)
    {
        FilingDecisions.Store(filing, decision, now);
        filing.YearPersonal = year.Added.Personal;
        filing.YearSensitive = year.Added.Sensitive;
        if (year.Added.Personal > 0 || year.Added.Sensitive > 0)
        {
            filing.Basis.Insert(0, YearBasis(filing, year));
        }
    }

    /// <summary>The basis row that says which counts of the year were added to the filing's own, in English and Chinese.</summary>
    private static FilingBasisRow YearBasis(Filing filing, YearCounts year)
    {
        var total = year.Total(filing.PersonsPersonal, filing.PersonsSensitive);
        var others = string.Join(", ", year.OtherFilingIds);
        var sources = new[]
        {
            Source(YearSource.Counters, others, year.Counters, year.Added),
            year.OtherFilingIds.Count == 0 ? null : Source(YearSource.Filings, others, year.OtherFilings, year.Added),
        }.OfType<(string En, string Zh)>().ToList();
        return new FilingBasisRow
        {
            Rule = "year-counts",
            Title = "按本年累计人数评估（自当年1月1日起累计，含本次）",
            Citation = "《促进和规范数据跨境流动规定》第七条、第八条",
            Explanation = string.Create(
                CultureInfo.InvariantCulture,
                $"Assessed on the processor's year {year.Year}: this filing's {filing.PersonsPersonal:N0} personal and {filing.PersonsSensitive:N0} sensitive persons plus {year.Added.Personal:N0} and {year.Added.Sensitive:N0} of the year ({string.Join("; ", sources.Select(x => x.En))}) = {total.Personal:N0} personal and {total.Sensitive:N0} sensitive."),
            ExplanationZh = string.Create(
                CultureInfo.InvariantCulture,
                $"按数据处理者{year.Year}年全年累计评估：本备案个人信息{filing.PersonsPersonal:N0}人、敏感个人信息{filing.PersonsSensitive:N0}人，加计本年个人信息{year.Added.Personal:N0}人、敏感个人信息{year.Added.Sensitive:N0}人（{string.Join("；", sources.Select(x => x.Zh))}），合计个人信息{total.Personal:N0}人、敏感个人信息{total.Sensitive:N0}人。"),
        };
    }

    private enum YearSource
    {
        Counters,
        Filings,
    }

    private static (string En, string Zh)? Source(YearSource source, string others, PersonsBody counts, PersonsBody added)
    {
        if (counts.Personal == 0 && counts.Sensitive == 0)
        {
            return null;
        }

        var taken = counts == added;
        var en = source == YearSource.Counters ? "the evidence counters" : "filings in force " + others;
        var zh = source == YearSource.Counters ? "存证计数器" : "本年其他有效备案 " + others;
        return (
            string.Create(CultureInfo.InvariantCulture, $"{en}: {counts.Personal:N0} personal, {counts.Sensitive:N0} sensitive{(taken ? ", added" : ", not added: the other count is larger")}"),
            string.Create(CultureInfo.InvariantCulture, $"{zh}：个人信息{counts.Personal:N0}人、敏感个人信息{counts.Sensitive:N0}人{(taken ? "，已加计" : "，未加计：另一项计数更大")}"));
    }
}
