using System.Text;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Reference;

namespace GhgReports.Tests.Inventory;

public sealed class GwpCatalogTests
{
    private static readonly GwpCatalog Embedded = GwpCatalog.LoadEmbedded();

    private static readonly string[] RequiredGases =
        ["CO2", "CH4", "CH4-fossil", "CH4-non-fossil", "N2O", "HFC-134a", "HFC-32", "HFC-125", "R-410A", "CF4", "C2F6", "SF6", "NF3"];

    [Fact]
    public void LoadEmbedded_ThreeSets_OrderedById()
    {
        Assert.Equal(["AR4", "AR5", "AR6"], Embedded.All.Select(s => s.Id));
        Assert.All(Embedded.All, s => Assert.Equal(100, s.HorizonYears));
    }

    [Theory]
    [InlineData("AR4")]
    [InlineData("AR5")]
    [InlineData("AR6")]
    public void TryGet_EveryRequiredGas_IsPresentInSet(string setId)
    {
        var set = Embedded.Get(setId);

        Assert.All(RequiredGases, gas => Assert.True(set.TryGet(gas, out _), $"{setId} lacks {gas}"));
    }

    [Theory]
    [InlineData("AR5", "CH4-fossil", "30")]
    [InlineData("AR5", "CH4", "28")]
    [InlineData("AR6", "N2O", "273")]
    [InlineData("AR6", "SF6", "25200")]
    [InlineData("AR6", "CH4", "27.9")]
    [InlineData("AR6", "CH4-fossil", "29.8")]
    [InlineData("AR6", "CH4-non-fossil", "27.0")]
    [InlineData("AR4", "N2O", "298")]
    [InlineData("AR4", "R-410A", "2088")]
    public void TryGet_KnownGas_ReturnsPublishedValue(string setId, string gas, string expected)
    {
        Assert.True(Embedded.Get(setId).TryGet(gas, out var gwp));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), gwp);
    }

    [Fact]
    public void TryGet_Ar4Methane_IsTwentyFiveForAllThreeKeysBecauseAr4HasNoFossilSplit()
    {
        var ar4 = Embedded.Get("AR4");

        Assert.All(["CH4", "CH4-fossil", "CH4-non-fossil"], gas =>
        {
            Assert.True(ar4.TryGet(gas, out var gwp));
            Assert.Equal(25m, gwp);
        });
    }

    [Fact]
    public void TryGet_R410A_IsMeanOfHfc32AndHfc125Rounded()
    {
        var ar5 = Embedded.Get("AR5");
        ar5.TryGet("HFC-32", out var hfc32);
        ar5.TryGet("HFC-125", out var hfc125);
        ar5.TryGet("R-410A", out var r410a);

        // 50/50 by mass: (677 + 3170) / 2 = 1923.5 -> 1924
        Assert.Equal(Math.Round((hfc32 + hfc125) / 2m, MidpointRounding.AwayFromZero), r410a);
    }

    [Fact]
    public void TryGet_AliasAndOtherCase_ResolveToTheSameGas()
    {
        var ar5 = Embedded.Get("AR5");

        Assert.True(ar5.TryGet("R-134a", out var alias));
        Assert.True(ar5.TryGet("sf6", out var lower));
        Assert.Equal(1300m, alias);
        Assert.Equal(23500m, lower);
    }

    [Fact]
    public void TryGet_UnknownGas_IsFalse()
    {
        Assert.False(Embedded.Get("AR6").TryGet("HFC-999", out _));
    }

    [Fact]
    public void Find_Ar6Hfc32_CarriesUnverifiedNote()
    {
        Assert.Contains("unverified", Embedded.Get("AR6").Find("HFC-32")!.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_UnknownSet_IsFalse()
    {
        Assert.False(Embedded.TryGet("SAR", out _));
    }

    [Fact]
    public void Load_NegativeGwp_ThrowsNamingGas()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(GwpFile("""{"gas": "CO2", "gwp": 1}, {"gas": "SF6", "gwp": -1}""")));

        Assert.Equal("SF6", error.EntryId);
    }

    [Fact]
    public void Load_AliasCollidingWithGas_ThrowsNamingGas()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(GwpFile(
            """{"gas": "CO2", "gwp": 1}, {"gas": "HFC-134a", "gwp": 1300}, {"gas": "HFC-32", "gwp": 677, "aliases": ["hfc-134a"]}""")));

        Assert.Equal("HFC-32", error.EntryId);
    }

    [Fact]
    public void Load_MissingSource_ThrowsNamingFile()
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(GwpFile("""{"gas": "CO2", "gwp": 1}""", withSource: false)));

        Assert.Equal("test.json", error.File);
        Assert.Contains("'source' is missing", error.Message, StringComparison.Ordinal);
    }

    private static GwpCatalog Load(string json) =>
        GwpCatalog.Load([("test.json", new MemoryStream(Encoding.UTF8.GetBytes(json)))]);

    private static string GwpFile(string gases, bool withSource = true) => $$"""
        {
          "setId": "T1", "setVersion": "1", "title": {"zh": "测试", "en": "Test"}, "horizonYears": 100,
          {{(withSource ? "\"source\": {\"publisher\": \"IPCC\", \"title\": \"Test\"}," : "")}}
          "gases": [{{gases}}]
        }
        """;
}
