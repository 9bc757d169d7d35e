using Chujing.Domain.Evidence;
using Chujing.Evidence;

namespace Chujing.Web.Evidence;

/// <summary>The answer to <c>POST /api/evidence</c>: each event's leaf index, in request order, the tree head that includes them, the counters and each event's deviations from its filing.</summary>
public sealed record EvidenceReceipt(IReadOnlyList<long> LeafIndexes, SignedTreeHeadView TreeHead, IReadOnlyList<CounterView> Counters, IReadOnlyList<Consistency.DeviationView> Deviations);
