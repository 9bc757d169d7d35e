using System.Globalization;
using System.Security.Claims;
using System.Text;
using Chujing.Persistence.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Chujing.Web.Auth;

/// <summary>
/// Two-factor sign-in with Identity's authenticator support (RFC 6238 codes from the key in the account's Identity
/// tokens, recovery codes): who needs a code, enrolment (key, URI, QR code rendered here, no outside service), and
/// the half-signed-in state between password and code, held in Identity's two-factor cookie.
/// </summary>
public sealed class TwoFactor(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, IUserStore<PlatformUser> store, PlatformOptions options)
{
    /// <summary>The issuer an authenticator app shows beside the account.</summary>
    public const string Issuer = "Chujing 出境";

    /// <summary>How many recovery codes an enrolment gives.</summary>
    public const int RecoveryCodes = 10;

    /// <summary>
    /// True when the account's role must use a second factor here: officials (no processor) unless the platform lets
    /// them sign in with the password alone (the demo's seeded officials, <see cref="PlatformOptions.TwoFactorRequiredForOfficial"/>).
    /// </summary>
    public bool Required(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.ProcessorId is null && options.TwoFactorRequiredForOfficial(user.Email);
    }

    /// <summary>What sign-in needs after <paramref name="user"/>'s correct password.</summary>
    public async Task<SecondFactor> NeedAsync(PlatformUser user) =>
        await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false) ? SecondFactor.Code
        : Required(user) ? SecondFactor.Enrol
        : SecondFactor.None;

    /// <summary>
    /// The account's authenticator key, made when it has none (not yet enabled: a code must confirm it). A first key
    /// is stored without changing the account's security stamp: nothing the account could sign in with has changed,
    /// so looking at the enrolment page must not end its sessions elsewhere (Identity's reset would).
    /// </summary>
    public async Task<Enrolment> EnrolmentAsync(PlatformUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<PlatformUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None).ConfigureAwait(false);
            var stored = await users.UpdateAsync(user).ConfigureAwait(false);
            if (!stored.Succeeded)
            {
                throw new InvalidOperationException("the authenticator key could not be stored: " + string.Join("; ", stored.Errors.Select(e => e.Description)));
            }
        }

        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new Enrolment(Spaced(key), uri, svg);
    }

    /// <summary>True when <paramref name="code"/> is the authenticator's current code (spaces and hyphens ignored).</summary>
    public Task<bool> VerifyAsync(PlatformUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalise(code));

    /// <summary>True when <paramref name="code"/> is one of the account's unused recovery codes, which it then spends.</summary>
    public async Task<bool> RedeemAsync(PlatformUser user, string code) =>
        (await users.RedeemTwoFactorRecoveryCodeAsync(user, (code ?? string.Empty).Trim()).ConfigureAwait(false)).Succeeded;

    /// <summary>Turns two-factor sign-in on after a code confirmed the key; the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(PlatformUser user, string code)
    {
        if (!await VerifyAsync(user, code).ConfigureAwait(false))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes).ConfigureAwait(false) ?? []];
    }

    /// <summary>Turns two-factor sign-in off and forgets the key; refused (false) where the role requires it.</summary>
    public async Task<bool> DisableAsync(PlatformUser user)
    {
        if (Required(user))
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        return true;
    }

    /// <summary>After the password, before the code: remembers the account in Identity's two-factor cookie.</summary>
    public Task RememberPendingAsync(HttpContext http, PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        return http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Signs the account in with the second factor recorded (<c>amr</c> = <c>mfa</c>) and ends the pending state.</summary>
    public async Task SignInAsync(HttpContext http, PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme).ConfigureAwait(false);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(ClaimTypes.AuthenticationMethod, "mfa")]).ConfigureAwait(false);
    }

    /// <summary>A code as typed, without spaces or hyphens.</summary>
    public static string Normalise(string code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string Spaced(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
