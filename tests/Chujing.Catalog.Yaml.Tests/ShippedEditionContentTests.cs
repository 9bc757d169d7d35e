using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.TestSupport;

namespace Chujing.Catalog.Yaml.Tests;

/// <summary>
/// What the shipped editions say beyond their rules and items: the skeleton editions of other zones with their
/// coverage, the Beijing notice and procedure, and the later national instruments.
/// </summary>
public sealed class ShippedEditionContentTests
{
    private static readonly Lazy<CatalogSet> Shipped = new(() => CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow());

    private static CatalogEdition Edition(string id) => Shipped.Value.Find(id) ?? throw new InvalidOperationException(id + " is not shipped");

    public static TheoryData<string, string, int, int, Confidence> Skeletons() => new()
    {
        { "chongqing-ftz/2025", "chongqing", 9, 110, Confidence.Unverified },
        { "shanghai-ftz/2024", "shanghai", 6, 84, Confidence.Unverified },
        { "zhejiang-ftz/2024", "zhejiang", 8, 134, Confidence.OneSource },
        { "hainan-ftp/2024", "hainan", 14, 88, Confidence.Unverified },
    };

    [Fact]
    public void Provisions_RulesThatYieldToTheListsOfArt6_NameArt6AmongTheirExceptions()
    {
        // Once, the art. 7(1) paraphrase listed arts. 3, 4 and 5(1)–(3) only, while the rule yields to art. 6 too
        // (the closing paragraph of arts. 7 and 8: 属于本规定第三条、第四条、第五条、第六条规定情形的，从其规定).
        var yielding = Edition("cn-national/2024").Rules.Where(r => r.YieldsTo.Contains("art6-ftz-negative-list")).ToList();

        Assert.Contains(yielding, r => r.Id == "art7-1-ciio");
        Assert.All(yielding, r =>
        {
            Assert.Matches(@"art\. 3–6|or 6 situation", r.Explanation);
            Assert.Matches("第三条至第六条|第六条情形", r.ExplanationZh!);
        });
    }

    [Theory]
    [MemberData(nameof(Skeletons))]
    public void SkeletonEdition_LoadsAndReportsThatNoneOfItsScenariosOrItemsIsEncoded(string id, string zone, int scenarios, int items, Confidence counted)
    {
        var e = Edition(id);

        Assert.Equal(CatalogFamily.Scenario, e.Family);
        Assert.Equal(zone, e.Applicability!.Zone);
        Assert.NotEmpty(e.Issuers);
        Assert.NotNull(e.Issued);
        Assert.NotEmpty(e.Domains);
        Assert.Equal(scenarios, e.Coverage!.Scenarios);
        Assert.Equal(items, e.Coverage.Items);
        Assert.Equal(counted, e.Coverage.Provenance!.Confidence);
        Assert.Equal(0, e.Encoded.Items);
        Assert.Equal(0, e.Encoded.Scenarios);
        Assert.NotEmpty(e.Facts);
        Assert.All(e.Facts, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Citation), f.Id);
            Assert.NotEmpty(f.Provenance.Sources);
        });
    }

    [Fact]
    public void EveryShippedList_DeclaresHowManyItemsItHas_UnlessNothingInItCanBeNamed()
    {
        // An edition that declares no count is taken as complete, and data outside its items is exempted (art. 6).
        // No shipped list is complete, so each must say how many items it leaves out — or, like a skeleton whose
        // count no source gives, encode no scenario or category an activity could name.
        foreach (var e in Shipped.Value.Editions.Where(e => e.Family != CatalogFamily.National))
        {
            var declared = e.Family == CatalogFamily.Category ? e.Coverage?.Subcategories : e.Coverage?.Items;
            var nameable = e.Scenarios.Any() || e.Items.Any() || e.Categories.Count > 0;
            Assert.True(declared is not null || !nameable, e.Id + " declares no item count but encodes scenarios or items");
        }
    }

    [Fact]
    public void Guangxi_IsASkeletonWithNoCountAndTheOfficialDocumentNumber()
    {
        var e = Edition("guangxi-ftz/2025");

        Assert.Null(e.Coverage!.Items);
        Assert.Empty(e.Scenarios);
        Assert.Equal(new DateOnly(2025, 8, 4), e.Signed);
        Assert.Contains("桂商自贸发〔2025〕2号", e.Facts.Single(f => f.Id == "document").Text, StringComparison.Ordinal);
        Assert.All(e.Domains, d => Assert.Equal(Confidence.Unverified, d.Provenance!.Confidence));
    }

    [Fact]
    public void Beijing_RecordsTheSignedNotice_TheSevenZoneGroups_AndTheProcedure()
    {
        var e = Edition("beijing-ftz/2024");

        Assert.Equal(new DateOnly(2024, 8, 26), e.Signed);
        Assert.Equal(new DateOnly(2024, 8, 30), e.Issued);
        Assert.Equal(["朝阳", "海淀", "昌平", "通州", "顺义", "大兴", "亦庄"], e.Applicability!.ZoneGroups);
        Assert.Equal(Confidence.ConfirmedTwoSources, e.Coverage!.Provenance!.Confidence);
        Assert.Equal(Confidence.ConfirmedTwoSources, e.Facts.Single(f => f.Id == "zone-groups").Provenance.Confidence);
        Assert.Contains("提交申请、提交备案、合规出境", e.Facts.Single(f => f.Id == "use-steps").Text, StringComparison.Ordinal);
        Assert.Contains(e.Duties, d => d.Id == "application-materials" && d.Provenance.Confidence == Confidence.OneSource);
        Assert.Contains(e.Duties, d => d.Id == "filing-update-after-export" && d.Text.StartsWith("〔释义〕", StringComparison.Ordinal));
    }

    [Fact]
    public void Beijing_RelaxationRangeIsANote_NeverABand()
    {
        var e = Edition("beijing-ftz/2024");

        var range = e.Facts.Single(f => f.Id == "relaxation-range");
        Assert.Contains("5倍到10倍", range.Text, StringComparison.Ordinal);
        Assert.Equal(Confidence.OneSource, range.Provenance.Confidence);
        Assert.DoesNotContain(e.Items.SelectMany(i => i.Thresholds), t => t.AtLeast is 500_000 or 5_000_000 or 10_000_000);
    }

    [Fact]
    public void National_CertificateValidityIsThreeYearsBesideTheContractPathway_AndTheThirdGuideIsCurrent()
    {
        var e = Edition("cn-national/2024");

        var validity = e.Rules.Single(r => r.Id == "cert-validity-3-years");
        Assert.Equal(RuleRole.Validity, validity.Role);
        Assert.Equal(Pathway.StandardContractOrCertification, validity.Pathway);
        Assert.Equal(new Period(3, PeriodUnit.Years), validity.Period);
        Assert.Equal(Confidence.ConfirmedTwoSources, validity.Provenance.Confidence);
        Assert.Contains("第三版", e.Rules.Single(r => r.Id == "art9-assessment-validity").Citation, StringComparison.Ordinal);
        Assert.Equal(Confidence.ConfirmedTwoSources, e.Facts.Single(f => f.Id == "sa-guide-3-current").Provenance.Confidence);
        Assert.Equal(Confidence.OneSource, e.Facts.Single(f => f.Id == "cert-reapply-six-months").Provenance.Confidence);
    }
}
