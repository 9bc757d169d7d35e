using Microsoft.AspNetCore.Authorization;

namespace Chujing.Web.Access;

/// <summary>The caller must hold <see cref="Permission"/> through one of its roles.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
