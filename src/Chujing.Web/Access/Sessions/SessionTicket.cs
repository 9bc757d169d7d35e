using System.Collections.Concurrent;

namespace Chujing.Web.Access.Sessions;

/// <summary>What <see cref="SessionCache.Get"/> saw, so that <see cref="SessionCache.Put"/> stores only when nothing changed since.</summary>
public readonly record struct SessionTicket(ConcurrentDictionary<string, object> Entries, string Key, object? Observed);
