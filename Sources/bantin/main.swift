import BanTinCLI

await BanTinMain.run()
