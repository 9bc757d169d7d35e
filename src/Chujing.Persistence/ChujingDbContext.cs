using Chujing.Persistence.Accounts;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Audit;
using Chujing.Persistence.Editions;
using Chujing.Persistence.Evidence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Notifications;
using Chujing.Persistence.Processors;
using Chujing.Persistence.SpotChecks;
using Chujing.Persistence.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Persistence;

/// <summary>
/// The platform's one DbContext: Identity's tables and the supervision entities. Each provider derives its own
/// context (<see cref="Sqlite.SqliteChujingDbContext"/>, <see cref="Postgres.PostgresChujingDbContext"/>) only so
/// that each has its own migrations; code depends on this type.
/// </summary>
public abstract class ChujingDbContext : IdentityDbContext<PlatformUser>, IDataProtectionKeyContext
{
    protected ChujingDbContext(DbContextOptions options)
        : base(options)
    {
        SavingChanges += (_, _) => Persistence.Filings.FilingStatusHistory.Track(this);
    }

    public DbSet<ZoneGroup> ZoneGroups => Set<ZoneGroup>();

    public DbSet<Processor> Processors => Set<Processor>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<ListApplication> ListApplications => Set<ListApplication>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ExportRecord> ExportRecords => Set<ExportRecord>();

    public DbSet<PersonKey> PersonKeys => Set<PersonKey>();

    public DbSet<PersonCounter> PersonCounters => Set<PersonCounter>();

    public DbSet<FilingStatusRow> FilingStatusRows => Set<FilingStatusRow>();

    public DbSet<Consistency.DeviationRecord> Deviations => Set<Consistency.DeviationRecord>();

    public DbSet<Consistency.FilingPersonKey> FilingPersonKeys => Set<Consistency.FilingPersonKey>();

    public DbSet<Consistency.FilingPersonCounter> FilingPersonCounters => Set<Consistency.FilingPersonCounter>();

    public DbSet<Consistency.GatewayCheck> GatewayChecks => Set<Consistency.GatewayCheck>();

    public DbSet<Tokens.ApiToken> ApiTokens => Set<Tokens.ApiToken>();
    public DbSet<SpotCheck> SpotChecks => Set<SpotCheck>();

    public DbSet<SpotCheckFinding> SpotCheckFindings => Set<SpotCheckFinding>();

    public DbSet<SpotCheckOutcome> SpotCheckOutcomes => Set<SpotCheckOutcome>();

    public DbSet<SpotCheckPayload> SpotCheckPayloads => Set<SpotCheckPayload>();

    public DbSet<RatingObjection> RatingObjections => Set<RatingObjection>();
    public DbSet<EditionRecord> Editions => Set<EditionRecord>();

    public DbSet<EditionApproval> EditionApprovals => Set<EditionApproval>();

    public DbSet<EditionNotice> EditionNotices => Set<EditionNotice>();

    /// <summary>The keys that protect session cookies, shared by every node on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SessionRevocation> SessionRevocations => Set<SessionRevocation>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MailOutboxMessage> MailOutbox => Set<MailOutboxMessage>();

    public DbSet<FilingAttachment> FilingAttachments => Set<FilingAttachment>();

    public DbSet<FilingAttachmentContent> FilingAttachmentContents => Set<FilingAttachmentContent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChujingDbContext).Assembly);
        builder.Entity<PlatformUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.ZoneGroupId).HasMaxLength(32);
            u.Property(x => x.Regulator).HasMaxLength(16);
            u.HasOne<Processor>().WithMany().HasForeignKey(x => x.ProcessorId).OnDelete(DeleteBehavior.Restrict);
            u.HasOne<ZoneGroup>().WithMany().HasForeignKey(x => x.ZoneGroupId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
