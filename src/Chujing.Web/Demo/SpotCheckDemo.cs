using System.Security.Cryptography;
using System.Text;

namespace Chujing.Web.Demo;

/// <summary>
/// What the demo adds for spot checks: exports of the approved clinical-trial filing, most consistent, a few not
/// (an unfiled scenario, an unlisted field), and two that carry the digest of a payload the enterprise can produce
/// (<c>examples/spot-check-payload.csv</c>): one matching, one not, so a run shows a digest mismatch.
/// </summary>
public static class SpotCheckDemo
{
    /// <summary>The payload behind the matching digest, as <c>examples/spot-check-payload.csv</c> holds it.</summary>
    public const string Payload = "subject_id,visit,blood_test\nS-0001,V1,normal\nS-0002,V1,normal\nS-0003,V2,elevated\n";

    /// <summary><c>sha256:&lt;hex&gt;</c> of <see cref="Payload"/> in UTF-8.</summary>
    public static string PayloadDigest => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Payload)));

    private static readonly string[] MedicalImaging = ["medical-imaging"];
    private static readonly string[] BloodTest = ["blood-test"];

    /// <summary>The exports, for processor <paramref name="uscc"/> under <paramref name="filing"/> at <paramref name="time"/>.</summary>
    public static object[] Exports(string uscc, string filing, string time, Func<string, int, string[]> keys)
    {
        var list = new List<object>();
        for (var i = 0; i < 8; i++)
        {
            list.Add(new { processor = uscc, filing, time, recipient = "Novum Pharma AG", country = "CH", scenario = "bj-pharma-clinical-trial", fields = MedicalImaging, persons = 3, sensitive = true, personKeys = keys("a-visit-" + i + "-", 3) });
        }

        list.Add(new { processor = uscc, filing, time, recipient = "Novum Pharma AG", country = "CH", scenario = "bj-pharma-clinical-trial", fields = BloodTest, persons = 3, sensitive = true, personKeys = keys("a-payload-", 3), digest = PayloadDigest });
        list.Add(new { processor = uscc, filing, time, recipient = "Novum Pharma AG", country = "CH", scenario = "bj-pharma-clinical-trial", fields = BloodTest, persons = 3, sensitive = true, personKeys = keys("a-other-", 3), digest = "sha256:" + new string('0', 64) });
        list.Add(new { processor = uscc, filing, time, recipient = "Novum Pharma AG", country = "CH", scenario = "bj-pharma-pharmacovigilance", fields = MedicalImaging, persons = 2, sensitive = true, personKeys = keys("a-pv-", 2) });
        return [.. list];
    }
}
