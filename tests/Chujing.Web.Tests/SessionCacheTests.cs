using System.Security.Claims;
using Chujing.Web.Access;
using Chujing.Web.Access.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Web.Tests;

/// <summary>The session cache answers only while its revocation feed is current, and never keeps a snapshot that a revocation overtook.</summary>
public sealed class SessionCacheTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    private static SessionSnapshot Snapshot(string stamp = "s1") => new("u1", stamp, true, null, ["city-regulator"], null, null, "cac", "name");

    [Fact]
    public void Get_NeverConfirmed_AnswersNothing()
    {
        var cache = new SessionCache(new FakeTimeProvider(), Bound);
        cache.Get("u1", out var ticket);
        cache.Put(ticket, Snapshot());

        Assert.Null(cache.Get("u1", out _));
    }

    [Fact]
    public void Get_ConfirmedWithinTheBound_AnswersFromMemory_AfterItNothing()
    {
        var clock = new FakeTimeProvider();
        var cache = new SessionCache(clock, Bound);
        cache.Get("u1", out var ticket);
        cache.Put(ticket, Snapshot());
        cache.Confirm(clock.GetTimestamp());
        clock.Advance(Bound);
        Assert.NotNull(cache.Get("u1", out _));

        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(cache.Get("u1", out _));
    }

    [Fact]
    public void Put_AfterARevocationThatOvertookTheLoad_Dropped()
    {
        var clock = new FakeTimeProvider();
        var cache = new SessionCache(clock, Bound);
        cache.Confirm(clock.GetTimestamp());
        cache.Get("u1", out var ticket);

        cache.Revoke("u1");
        cache.Put(ticket, Snapshot("stale"));

        Assert.Null(cache.Get("u1", out _));
    }

    [Fact]
    public void Put_AfterRevokeAll_Dropped()
    {
        var clock = new FakeTimeProvider();
        var cache = new SessionCache(clock, Bound);
        cache.Confirm(clock.GetTimestamp());
        cache.Get("u1", out var ticket);

        cache.RevokeAll();
        cache.Put(ticket, Snapshot("stale"));

        Assert.Null(cache.Get("u1", out _));
    }

    [Theory]
    [InlineData("s1", "city-regulator", "cac", SessionVerdict.Valid)]
    [InlineData("s2", "city-regulator", "cac", SessionVerdict.Refused)]
    [InlineData("s1", "zone-officer", "cac", SessionVerdict.Refused)]
    [InlineData("s1", "city-regulator", "commerce", SessionVerdict.Refused)]
    public void Judge_StampRoleAndTenantMustMatch(string stamp, string role, string regulator, SessionVerdict expected)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim("AspNet.Identity.SecurityStamp", stamp),
                new Claim(ClaimTypes.Role, role),
                new Claim(PlatformClaims.Regulator, regulator),
                new Claim(PlatformClaims.DisplayName, "name"),
            ],
            "test"));

        Assert.Equal(expected, Snapshot().Judge(principal, DateTimeOffset.UnixEpoch, "AspNet.Identity.SecurityStamp"));
    }

    [Fact]
    public void Judge_LockedUntilLater_Refused_LockoutOver_Valid()
    {
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("stamp", "s1"), new Claim(ClaimTypes.Role, "city-regulator"), new Claim(PlatformClaims.Regulator, "cac"), new Claim(PlatformClaims.DisplayName, "name")], "test"));
        var locked = new SessionSnapshot("u1", "s1", true, now.AddMinutes(1), ["city-regulator"], null, null, "cac", "name");

        Assert.Equal(SessionVerdict.Refused, locked.Judge(principal, now, "stamp"));
        Assert.Equal(SessionVerdict.Valid, locked.Judge(principal, now.AddMinutes(2), "stamp"));
    }
}
