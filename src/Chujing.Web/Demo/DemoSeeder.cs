using Chujing.Domain.Calendar;
using Chujing.Domain.Filings;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Demo;

/// <summary>
/// <c>--demo</c>: two processors (大兴, 海淀), the five accounts of docs/contracts.md, list-use applications and filings
/// in each state — made through the same services as real use, so the audit log tells their history. Idempotent:
/// does nothing when the city account exists.
/// </summary>
public sealed class DemoSeeder(ChujingDbContext db, UserManager<PlatformUser> users, RoleManager<IdentityRole> roles, FilingService filings, EvidenceService evidence, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await users.FindByEmailAsync(DemoAccounts.City).ConfigureAwait(false) is not null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var a = new Processor
        {
            Uscc = Code("91110115MA01D8XK3"), Name = "北京大兴示例医药有限公司", ZoneGroupId = "daxing", ListApproved = true,
            ContactName = "王敏", ContactEmail = DemoAccounts.EnterpriseA, ContactPhone = "010-60000001", RegisteredAt = now,
        };
        var b = new Processor
        {
            Uscc = Code("91110108MA02H7QW5"), Name = "北京海淀示例智能汽车有限公司", ZoneGroupId = "haidian", ListApproved = false,
            ContactName = "李强", ContactEmail = DemoAccounts.EnterpriseB, ContactPhone = "010-60000002", RegisteredAt = now,
        };
        db.Processors.AddRange(a, b);
        db.ListApplications.AddRange(
            new ListApplication { Processor = a, ZoneGroupId = a.ZoneGroupId, ListEdition = "beijing-ftz/2024", Statement = "临床试验数据向境外申办方传输", Status = ListApplicationStatus.Approved, SubmittedAt = now, DecidedAt = now, DecisionNote = "符合清单使用条件" },
            new ListApplication { Processor = b, ZoneGroupId = b.ZoneGroupId, ListEdition = "beijing-ftz/2024", Statement = "OTA 升级数据与境外总部研发协同", Status = ListApplicationStatus.Submitted, SubmittedAt = now });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false));
            }
        }

        var city = await CreateAsync(DemoAccounts.City, "市网信办 演示", PlatformRoles.CityRegulator, u => u.Regulator = "cac").ConfigureAwait(false);
        var daxing = await CreateAsync(DemoAccounts.Daxing, "大兴组团 审核员", PlatformRoles.ZoneOfficer, u => u.ZoneGroupId = "daxing").ConfigureAwait(false);
        var haidian = await CreateAsync(DemoAccounts.Haidian, "海淀组团 审核员", PlatformRoles.ZoneOfficer, u => u.ZoneGroupId = "haidian").ConfigureAwait(false);
        // A second officer per group with demo enterprises: spot checks draw at least two inspectors.
        await CreateAsync(DemoAccounts.Daxing2, "大兴组团 检查员", PlatformRoles.ZoneOfficer, u => u.ZoneGroupId = "daxing").ConfigureAwait(false);
        await CreateAsync(DemoAccounts.Haidian2, "海淀组团 检查员", PlatformRoles.ZoneOfficer, u => u.ZoneGroupId = "haidian").ConfigureAwait(false);
        // An officer for each of the other five groups, so that every group of the seven can be tried.
        foreach (var (zone, email) in DemoAccounts.OtherOfficers)
        {
            var group = Persistence.Processors.ZoneGroup.Beijing.Single(z => z.Id == zone);
            await CreateAsync(email, group.Name + "组团 审核员", PlatformRoles.ZoneOfficer, u => u.ZoneGroupId = group.Id).ConfigureAwait(false);
        }

        // Each enterprise's demo user administers its accounts (invites colleagues).
        var entA = await CreateAsync(DemoAccounts.EnterpriseA, "王敏（大兴示例医药）", PlatformRoles.Enterprise, u => (u.ProcessorId, u.Administrator) = (a.Id, true)).ConfigureAwait(false);
        var entB = await CreateAsync(DemoAccounts.EnterpriseB, "李强（海淀示例汽车）", PlatformRoles.Enterprise, u => (u.ProcessorId, u.Administrator) = (b.Id, true)).ConfigureAwait(false);
        _ = city;

        var today = RegulatoryCalendar.Today(time);
        var trial = Draft("临床试验数据出境（多中心III期）", "bj-pharma-clinical-trial", ["medical-imaging", "blood-test", "pathology"], "Novum Pharma AG", "CH", 0, 9000, today);
        var pv = Draft("药物警戒个案报告", "bj-pharma-pharmacovigilance", [], "Novum Pharma AG", "CH", 8000, 0, today);
        var rd = Draft("药物研发数据共享", "bj-pharma-drug-rd", [], "Novum Research Inc.", "US", 2000, 0, today);
        var hcp = Draft("医疗卫生专业人士管理", "bj-pharma-hcp-management", [], "Novum Pharma Singapore Pte. Ltd.", "SG", 1500, 0, today);
        var ota = Draft("整车OTA升级包回传", "bj-auto-ota", ["ota-type", "ota-master-module"], "Autowerk GmbH", "DE", 0, 0, today);
        var rdB = Draft("车辆研发测试数据", "bj-auto-ota", ["ota-type"], "Autowerk GmbH", "DE", 0, 0, today);
        var svc = Draft("海外售后服务客户信息", "bj-auto-ota", [], "Autowerk Service Ltd.", "HK", 50000, 0, today);

        // Enterprise A (大兴): approved, submitted, returned for correction, draft.
        var f1 = (await filings.CreateAsync(entA, trial, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(entA, f1.Id, FilingAction.Submit, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(daxing, f1.Id, FilingAction.StartReview, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(daxing, f1.Id, FilingAction.Approve, "材料齐全，准予备案", null, ct).ConfigureAwait(false)).ValueOrThrow();
        var f2 = (await filings.CreateAsync(entA, pv, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(entA, f2.Id, FilingAction.Submit, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        var f3 = (await filings.CreateAsync(entA, rd, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(entA, f3.Id, FilingAction.Submit, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(daxing, f3.Id, FilingAction.ReturnForCorrection, "请补充境外接收方的安全保护措施说明", null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.CreateAsync(entA, hcp, ct).ConfigureAwait(false)).ValueOrThrow();

        // Enterprise B (海淀): under review, rejected, draft.
        var f5 = (await filings.CreateAsync(entB, ota, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(entB, f5.Id, FilingAction.Submit, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(haidian, f5.Id, FilingAction.StartReview, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        var f6 = (await filings.CreateAsync(entB, svc, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(entB, f6.Id, FilingAction.Submit, null, null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.ActAsync(haidian, f6.Id, FilingAction.Reject, "出境目的与业务场景不符", null, ct).ConfigureAwait(false)).ValueOrThrow();
        (await filings.CreateAsync(entB, rdB, ct).ConfigureAwait(false)).ValueOrThrow();

        // Exports under A's approved clinical-trial filing: 8,500 persons' sensitive information this year, which is
        // past 80 % of the 10,000 band, so A's dashboard and the 大兴 queue show the alert.
        var at = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        object[] exports =
        [
            new { processor = a.Uscc, filing = f1.Id, time = at, recipient = "Novum Pharma AG", country = "CH", scenario = "bj-pharma-clinical-trial", fields = new[] { "medical-imaging", "blood-test" }, persons = 8500, sensitive = true, personKeys = Keys("a-trial-", 8500) },
            new { processor = a.Uscc, filing = f1.Id, time = at, recipient = "Novum Research Inc.", country = "US", scenario = "bj-pharma-clinical-trial", persons = 1200, personKeys = Keys("a-hcp-", 1200) },
        ];
        await evidence.AppendAsync(entA, System.Text.Json.JsonSerializer.SerializeToElement(exports), ct).ConfigureAwait(false);

        // B sent OTA data while its filing was still under review: the 海淀 queue shows a filing-not-in-force deviation.
        object[] early = [new { processor = b.Uscc, filing = f5.Id, time = at, recipient = "Autowerk GmbH", country = "DE", scenario = "bj-auto-ota", fields = new[] { "ota-type" }, persons = 0 }];
        await evidence.AppendAsync(entB, System.Text.Json.JsonSerializer.SerializeToElement(early), ct).ConfigureAwait(false);
        // For spot checks: more exports of the same filing, a few of them deviating, two with payload digests.
        await evidence.AppendAsync(entA, System.Text.Json.JsonSerializer.SerializeToElement(SpotCheckDemo.Exports(a.Uscc, f1.Id, at, Keys)), ct).ConfigureAwait(false);
    }

    /// <summary>Keyed hashes standing for demo persons (never raw identifiers).</summary>
    private static string[] Keys(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => "hmac-sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))))];

    private static string Code(string first17) => first17 + Uscc.CheckCharacter(first17);

    private static FilingRequest Draft(string title, string scenario, IReadOnlyList<string> fields, string recipient, string country, long personal, long sensitive, DateOnly today) => new()
    {
        Title = title,
        ListEdition = "beijing-ftz/2024",
        Scenario = scenario,
        Fields = fields,
        Recipients = [new RecipientBody(recipient, country)],
        Purpose = "总部统一开展" + title,
        Persons = new PersonsBody(personal, sensitive),
        RetentionMonths = 60,
        SecurityMeasures = "传输加密（TLS 1.3）、去标识化、访问控制与审计日志",
        ValidFrom = today,
        ValidUntil = today.AddYears(2),
    };

    private async Task<Caller> CreateAsync(string email, string name, string role, Action<PlatformUser> tenant)
    {
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        tenant(user);
        Check(await users.CreateAsync(user, DemoAccounts.Password).ConfigureAwait(false));
        Check(await users.AddToRoleAsync(user, role).ConfigureAwait(false));
        return new Caller(user.Id, email, name, role, user.ProcessorId, user.ZoneGroupId, user.Regulator) { Administrator = user.Administrator };
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("demo seed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
