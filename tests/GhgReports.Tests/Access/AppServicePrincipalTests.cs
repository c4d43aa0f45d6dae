using System.Text;
using GhgReports.Access;

namespace GhgReports.Tests.Access;

public sealed class AppServicePrincipalTests
{
    internal static string Header(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_RolesSubsidiaryAndYears_FromClaims()
    {
        var header = Header("""
            {"auth_typ":"aad","name_typ":"name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
             "claims":[{"typ":"name","val":"Verifier Ltd"},{"typ":"roles","val":"verifier"},{"typ":"roles","val":"superuser"},
                       {"typ":"subsidiary","val":"CP"},{"typ":"year","val":"2023"},{"typ":"year","val":"x"}]}
            """);

        var caller = AppServicePrincipal.Parse(header);

        Assert.NotNull(caller);
        Assert.Equal("Verifier Ltd", caller.Name);
        Assert.Equal(["verifier"], caller.Roles);
        Assert.Equal(["CP"], caller.SubsidiaryCodes);
        Assert.Equal([2023], caller.SharedYears);
    }

    [Fact]
    public void Parse_RoleTypeClaim_CountsAsRole()
    {
        var header = Header("""{"role_typ":"role","claims":[{"typ":"role","val":"management"}]}""");

        Assert.Equal(["management"], AppServicePrincipal.Parse(header)!.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 ***")]
    [InlineData("bm90IGpzb24=")]
    public void Parse_NotAPrincipal_ReturnsNull(string? header) => Assert.Null(AppServicePrincipal.Parse(header));
}
