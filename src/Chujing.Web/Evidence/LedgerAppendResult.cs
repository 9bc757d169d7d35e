using Chujing.Domain.Evidence;
using Chujing.Evidence;

namespace Chujing.Web.Evidence;

/// <summary>Where a batch landed: leaves <see cref="FirstLeafIndex"/> … <see cref="FirstLeafIndex"/> + n − 1, and the tree head over them.</summary>
public sealed record LedgerAppendResult(long FirstLeafIndex, SignedTreeHeadView TreeHead);
