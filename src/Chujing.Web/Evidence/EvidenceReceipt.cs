using Chujing.Domain.Evidence;
using Chujing.Evidence;

namespace Chujing.Web.Evidence;

/// <summary>The answer to <c>POST /api/evidence</c>: each event's leaf index, in request order, and the tree head that includes them.</summary>
public sealed record EvidenceReceipt(IReadOnlyList<long> LeafIndexes, SignedTreeHeadView TreeHead, IReadOnlyList<CounterView> Counters);
