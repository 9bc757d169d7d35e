using Chujing.Web.Audit;

namespace Chujing.Web.Tests;

public sealed class AuditDiffTests
{
    [Fact]
    public void Changes_StatusAndNoteChanged_ListsOnlyThoseWithoutBookkeeping()
    {
        var changes = AuditDiff.Changes(
            """{"id":"F-2026-0001","status":"submitted","version":2,"updatedAt":"a"}""",
            """{"id":"F-2026-0001","status":"approved","reviewNote":"ok","version":3,"updatedAt":"b"}""");
        Assert.Equal(
            [new AuditChange("status", "submitted", "approved"), new AuditChange("reviewNote", null, "ok")],
            changes);
    }

    [Fact]
    public void Changes_TimesAndLists_ShownPlainlyWithoutEscapes()
    {
        var changes = AuditDiff.Changes(null, """{"submittedAt":"2026-06-01T06:00:00\u002B00:00","fields":["a","b"],"title":"A+B <x>"}""");
        Assert.Equal(
            [new AuditChange("submittedAt", null, "2026-06-01 14:00:00"), new AuditChange("fields", null, "a, b"), new AuditChange("title", null, "A+B <x>")],
            changes);
    }

    [Fact]
    public void Changes_Creation_ListsEveryProperty() =>
        Assert.Equal(2, AuditDiff.Changes(null, """{"id":"F-1","status":"draft"}""").Count);
}
