import BanTinCLI
BanTinMain.run()
