using Chujing.Web.Access;
using Chujing.Web.Accounts;
using Chujing.Web.Applications;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Chujing.Web.Auth;
using Chujing.Web.Consistency;
using Chujing.Web.Documents;
using Chujing.Web.Editions;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Chujing.Web.Filings.Attachments;
using Chujing.Web.Health;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Chujing.Web.Notifications;
using Chujing.Web.Problems;
using Chujing.Web.Processors;
using Chujing.Web.SpotChecks;
using Chujing.Web.Tokens;

namespace Chujing.Web;

/// <summary>The platform's composition: what <c>Program.cs</c> is in a stand-alone web app.</summary>
public static class PlatformApp
{
    /// <summary>Builds the application; call <see cref="PlatformStartup.PrepareAsync"/> (migrations, demo) before running it.</summary>
    public static WebApplication Build(PlatformOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages and controllers are discovered from this assembly even when the CLI is the entry point.
            ApplicationName = typeof(PlatformApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft", options.FrameworkLogLevel);

        // The cookie keys sit unencrypted in the database, protected by its access control; that is the
        // deployment's choice, not something to warn about on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services
            .AddPlatformCore(options)
            .AddPlatformIdentity(options)
            .AddPlatformTokens()
            .AddPlatformAuthorization()
            .AddPlatformProblems()
            .AddPlatformLocalization()
            .AddPlatformJson()
            .AddPlatformAssessment(options)
            .AddPlatformEvidence(options)
            .AddPlatformConsistency()
            .AddPlatformFilings()
            .AddPlatformDocuments(options)
            .AddPlatformApplications()
            .AddPlatformProcessors()
            .AddPlatformSpotChecks()
            .AddPlatformEditions()
            .AddPlatformLists()
            .AddPlatformAccounts()
            .AddPlatformNotifications(options, builder.Configuration)
            .AddPlatformAttachments()
            .AddPlatformOpenApi()
            .AddRazorPages(o => o.Conventions.ConfigureFilter(new Pages.UnhandledMethodFilter()));

        var app = builder.Build();
        app.UseTrustedProxies(options.TrustedProxies);
        app.UseSecurityHeaders();
        app.UsePlatformProblems();
        app.UseCrossSiteRequestRefusal();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUtf8Bodies();
        app.UseAntiforgery();
        app.MapHealth();
        app.MapCultureSwitch();
        app.MapOpenApi();
        app.MapApiReference();
        app.MapAuthApi();
        app.MapAssessApi();
        app.MapFilingsApi();
        app.MapDocumentsApi();
        app.MapProcessorsApi();
        app.MapApplicationsApi();
        app.MapAuditApi();
        app.MapEvidenceApi();
        app.MapConsistencyApi();
        app.MapSpotChecksApi();
        app.MapEditionsApi();
        app.MapTokensApi();
        app.MapListsApi();
        app.MapAccountsApi();
        app.MapNotificationsApi();
        app.MapAttachmentsApi();
        app.MapRazorPages();
        return app;
    }
}
