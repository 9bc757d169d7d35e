using Chujing.Domain.Assessment;

namespace Chujing.Domain.Editions;

/// <summary>
/// One filing in force, to replay under a revised list: who filed it, in which zone group, and the activity as filed
/// (<see cref="ExportActivity.List"/> is the edition the filing pinned; the counts are the processor's for the year).
/// </summary>
public sealed record ImpactSubject(string Id, string Processor, string ZoneGroup, ExportActivity Activity);
