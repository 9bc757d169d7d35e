using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// The certificate's validity sits beside the contract-or-certification pathway only, and the skeleton editions of
/// other zones — no scenario or item encoded — never change what the national rules decide.
/// </summary>
public sealed class LaterInstrumentsAndOtherZonesTests
{
    [Fact]
    public void Assess_StandardContractOrCertification_ReportsTheCertificateValidity()
    {
        var result = Assess(National(150_000, 0));

        Assert.Equal(Pathway.StandardContractOrCertification, result.Pathway);
        Assert.Contains(result.Duties, d => d.Id == "cert-validity-3-years");
        Assert.DoesNotContain(result.Duties, d => d.Id == "art9-assessment-validity");
    }

    [Fact]
    public void Assess_SecurityAssessment_ReportsTheAssessmentValidityButNotTheCertificates()
    {
        var result = Assess(National(1_000_000, 0));

        Assert.Contains(result.Duties, d => d.Id == "art9-assessment-validity");
        Assert.DoesNotContain(result.Duties, d => d.Id == "cert-validity-3-years");
    }

    public static TheoryData<string, string, long, long, bool> SkeletonActivities()
    {
        var data = new TheoryData<string, string, long, long, bool>();
        foreach (var (edition, zone) in new[] { ("chongqing-ftz/2025", "chongqing"), ("shanghai-ftz/2024", "上海"), ("zhejiang-ftz/2024", "zhejiang"), ("hainan-ftp/2024", "hainan"), ("guangxi-ftz/2025", "广西") })
        {
            data.Add(edition, zone, 50_000, 0, false);
            data.Add(edition, zone, 150_000, 0, false);
            data.Add(edition, zone, 0, 20_000, false);
            data.Add(edition, zone, 0, 0, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SkeletonActivities))]
    public void Assess_UnderASkeletonEdition_DecidesAsTheNationalRulesAlone(string edition, string zone, long personal, long sensitive, bool importantData)
    {
        var national = Assess(National(personal, sensitive, importantData: importantData));
        var listed = Assess(new ExportActivity(new ProcessorProfile(false, zone, true, false), edition, null, null, importantData,
            new PersonCounts(personal, sensitive), [], []));

        Assert.True(listed.List!.Applied);
        Assert.Equal(national.Pathway, listed.Pathway);
        Assert.Contains(listed.Basis, b => b.Rule == edition + "#no-scenario");
        Assert.Contains(listed.Catalogs, c => c.Id == edition);
    }

    [Fact]
    public void Assess_UnderTheShanghaiList_ReportsItsReportingDutyInsteadOfTheGenericFiling()
    {
        var result = Assess(new ExportActivity(new ProcessorProfile(false, "shanghai", true, false), "shanghai-ftz/2024", null, null, false,
            new PersonCounts(150_000, 0), [], []));

        Assert.Contains(result.Duties, d => d.Id == "shanghai-ftz/2024#reporting-duty");
        Assert.DoesNotContain(result.Duties, d => d.Id == "shanghai-ftz/2024#zone-group-filing");
    }
}
