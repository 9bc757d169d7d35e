using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Chujing.Web.Tests.Notifications;

/// <summary>
/// E-mail through a real SMTP server in this process: the notification's message arrives at the recipient's address
/// with both languages and the link, sent from the outbox off the request path; a refused attempt is retried.
/// </summary>
public abstract class NotificationMailTests(PlatformFixture platform)
{
    [Fact]
    public async Task ReturnedFiling_IsEmailedToTheEnterprise_ChineseFirst_WithTheLink()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = await NotificationApiTests.SubmittedFilingAsync(enterprise);
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/return-for-correction", new { note = "请补充境外接收方名称" }), HttpStatusCode.OK);

        var message = await platform.Mail.WaitForAsync(m => (m.Subject ?? string.Empty).Contains(id, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("退回补正", StringComparison.Ordinal));

        Assert.Equal(DemoAccounts.EnterpriseA, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("chujing@platform.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal($"[出境] 备案 {id} 被退回补正 · Filing {id} returned for correction", message.Subject);
        var body = message.TextBody ?? string.Empty;
        Assert.Contains("审核意见：请补充境外接收方名称", body, StringComparison.Ordinal);
        Assert.Contains("Reviewer's note: 请补充境外接收方名称", body, StringComparison.Ordinal);
        Assert.Contains($"http://chujing.platform.test/Filings/Details/{id}", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("被退回补正", StringComparison.Ordinal) < body.IndexOf("returned for correction", StringComparison.Ordinal), "Chinese comes first");

        // Nobody of the other enterprise is written to about it.
        Assert.DoesNotContain(platform.Mail.Received, m => (m.Subject ?? string.Empty).Contains(id, StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == DemoAccounts.EnterpriseB));
    }

    [Fact]
    public async Task RefusedBySmtp_IsRetriedFromTheOutbox_UntilSent()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var officer = await platform.As(DemoAccounts.Daxing);
        var id = await NotificationApiTests.SubmittedFilingAsync(enterprise);
        await WaitForEmptyOutboxAsync();
        var refusedBefore = platform.Mail.Refused;
        platform.Mail.RefuseNext(1);

        await ApiTests.Json(await officer.PostAsJsonAsync($"api/filings/{id}/reject", new { note = "不符合清单要求" }), HttpStatusCode.OK);

        var message = await platform.Mail.WaitForAsync(m => (m.Subject ?? string.Empty).Contains(id, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("不予通过", StringComparison.Ordinal));
        Assert.Equal(DemoAccounts.EnterpriseA, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(refusedBefore + 1, platform.Mail.Refused);
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var row = await db.MailOutbox.AsNoTracking().Include(m => m.Notification)
            .SingleAsync(m => m.Notification!.SubjectId == id && m.Notification.Kind == "filing-rejected");
        Assert.NotNull(row.SentAt);
        Assert.Null(row.FailedAt);
        Assert.Equal(2, row.Attempts);
        Assert.NotNull(row.LastError);
    }

    private async Task WaitForEmptyOutboxAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
            if (!await db.MailOutbox.AnyAsync(m => m.SentAt == null && m.FailedAt == null))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the outbox did not empty");
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteNotificationMailTests(SqlitePlatformFixture platform) : NotificationMailTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresNotificationMailTests(PostgresPlatformFixture platform) : NotificationMailTests(platform);
