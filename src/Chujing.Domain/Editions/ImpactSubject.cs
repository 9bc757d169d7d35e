using Chujing.Domain.Assessment;

namespace Chujing.Domain.Editions;

/// <summary>
/// One filing in force, to replay under a revised list: who filed it, in which zone group, and the activity as filed
/// (<see cref="ExportActivity.List"/> is the edition the filing pinned; the counts are the processor's for the year;
/// <see cref="ProcessorProfile.ListApproved"/> is whether the processor is approved to use that pinned edition).
/// </summary>
/// <param name="ApprovedForRevision">
/// Whether the processor is approved to use the revised edition itself. Approval to use a list is of one edition: an
/// approval of the pinned edition does not carry over to the revision, which needs its own application.
/// </param>
public sealed record ImpactSubject(string Id, string Processor, string ZoneGroup, ExportActivity Activity, bool ApprovedForRevision = false);
