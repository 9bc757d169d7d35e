using Chujing.Domain.Catalog;

namespace Chujing.Web.Editions;

/// <summary>The result of an edit: the edition as it now stands, or what the loader says is wrong with it.</summary>
public sealed record ItemEditResult(string Edition, string Item, ItemView? After);
