namespace Chujing.Web.Editions;

/// <summary><c>POST …/publish</c>: the day from which the engine applies the edition (today or later, China Standard Time).</summary>
public sealed record PublishRequest(DateOnly? Effective);
