<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
	Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương
</title>
<link rel="stylesheet" type="text/css" href="../../_layouts/15/1066/styles/Themable/corev15.css@rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D.css"/>
<link rel="stylesheet" type="text/css" href="../../Style%20Library/tayninh/css/tin-tuc.css"/>
<script type="text/javascript" src="../../_layouts/15/init.js@rev=rqljWeAFWwNOW%2BJNzh7Z3Q%3D%3D"></script>
<script type="text/javascript">//<![CDATA[
var _fV4UI = true; var g_wsaEnabled = false; document.write('<div class="tin-khac">not a list</div>');
//]]></script>
<style type="text/css">.news-content p { margin: 0 0 6px; }</style>
</head>
<body onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./nam-2020-phan-dau-khong-con-ho-ngheo.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIDDxYCHgdWaXNpYmxlaGQCBQ9kFgQCAQ9kFgICCQ8WAh8AaGQ=" /></div>
<div id="s4-ribbonrow"><div id="globalNavBox"><div id="Ribbon.ReadTab">
	<span class="ms-cui-ctl-largelabel">Manage Permissions<br />Manage Permissions</span>
</div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="DeltaPlaceHolderMain">
<div class="tin-tuc-mo-rong">
	<div class="news-category"><a href="../../tin-chuyen-nganh/Pages/default.aspx">Tin Chuyên Ngành</a></div>
	<div class="news-date">Thứ 5, Ngày 25/06/2020, 10:00</div>
	<h1 class="news-title"><span id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương</span></h1>
	<div class="news-font-size">Cỡ chữ: <span class="en">Font size:</span>
		<a href="javascript:void(0)" onclick="ChangeFontSize(-1)" title="Giảm">A-</a>
		<a href="javascript:void(0)" onclick="ChangeFontSize(0)" title="Mặc định">A</a>
		<a href="javascript:void(0)" onclick="ChangeFontSize(1)" title="Tăng">A+</a>
		<span class="news-date-short">25/06/2020</span>
	</div>
	<div class="news-content">
		<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
			<div class="ExternalClass8A1F0B2C3D4E4F5A9B6C7D8E9F0A1B2C">
						<p style="text-align: justify;"><span style="font-size: 14pt;">Ngày 13.3.2020, UBND tỉnh ban hành Kế hoạch số 490/KH-UBND về phối hợp thực hiện các chính sách hỗ trợ hộ nghèo năm 2020 trên địa bàn tỉnh. Mục đích của kế hoạch là triển khai và phát huy có hiệu quả các chương trình, dự án về giảm nghèo bền vững trên địa bàn tỉnh; nâng cao trách nhiệm của cấp ủy, chính quyền các cấp trong việc đề ra các giải pháp, huy động nguồn lực xã hội để hỗ trợ hộ nghèo có đủ điều kiện ổn định cuộc sống, vươn lên thoát nghèo; nâng cao nhận thức của nhân dân về công tác giảm nghèo, khơi dậy ý chí chủ động và vươn lên của người nghèo.</span></p>
						<p style="text-align: justify;"><span style="font-size: 14pt;">Theo kết quả rà soát hộ nghèo năm 2019, toàn tỉnh còn 1.049 hộ nghèo có khả năng thoát nghèo với 2.598 người gồm: 575 người đang đi học, 195 người có việc làm, 1.147 người không khả năng lao động (người cao tuổi, bệnh tật, tâm thần...) và 681 người có khả năng lao động tạo thu nhập và cần được hỗ trợ để tạo việc làm vươn lên thoát nghèo. Tổng kinh phí cần hỗ trợ cho các hộ nghèo trong năm 2020 là 20,585 tỷ đồng.</span></p>
						<p style="text-align: justify;"><span style="font-family: &quot;times new roman&quot;, serif; font-size: 14pt;">Kế hoạch đề ra nhiệm vụ cụ thể là đẩy mạnh các hoạt động truyền thông, nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và người dân về chủ trương của Đảng, chính sách pháp luật của Nhà nước đối với công tác giảm nghèo bền vững. Tổ chức đào tạo, bồi dưỡng nâng cao năng lực cho công chức làm công tác giảm nghèo các cấp. Thực hiện có hiệu quả việc lồng ghép các chính sách hỗ trợ cho hộ nghèo, hộ cận nghèo, trong đó lưu ý kết nối chính sách "Hỗ trợ chính sách tín dụng ưu đãi, phát triển sản xuất, đào tạo nghề và giới thiệu việc làm", "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế và nhân rộng mô hình giảm nghèo" để định hướng cho người dân thực hiện hiệu quả. Rà soát nhu cầu của các hộ nghèo để tư vấn, hướng dẫn họ tiếp cận các nguồn vốn tín dụng ưu đãi, tham gia các dự án phát triển sản xuất, đa dạng hóa sinh kế... để các hộ nghèo an tâm, mạnh dạn tham gia lao động sản xuất giúp họ thoát nghèo, vươn lên ổn định cuộc. Hỗ trợ sản xuất cho các lao động thuộc hộ nghèo, hộ cận nghèo, hộ đồng bào dân tộc thiểu số trên địa bàn xã đặc biệt khó khăn, xã chương trình 135. Tổ chức rà soát, phân loại cụ thể các hộ nghèo để tiến hành hỗ trợ một cách hiệu quả, căn cơ nhất, đối với hộ nghèo không khả năng thoát nghèo định kỳ hàng quý kiểm tra, giám sát việc thực hiện việc chính sách hỗ trợ của tỉnh, kịp thời xử lý các trường hợp hưởng không đúng đối tượng theo quy định; đối với hộ nghèo có khả năng thoát nghèo cần có kế hoạch cụ thể về hiện trạng các chính sách hỗ trợ, huy động nguồn lực, biện pháp giúp đỡ để đảm bảo thoát nghèo. Mỗi hộ nghèo cần giao cho từng cán bộ, đảng viên, các tổ chức đoàn thể ở địa phương quản lý, hỗ trợ và hướng dẫn cách làm ăn hiệu quả để giúp các hộ nghèo này thoát nghèo vào cuối năm 2020.</span></p>
						<p style="text-align: justify;"><span style="font-size: 14pt;">UBND tỉnh giao Sở Lao động - TBXH, Sở Nông nghiệp và PTNT, Sở Thông tin và Truyền thông, Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh chủ trì hướng dẫn, tổ chức thực hiện các nội dung liên quan của Kế hoạch. Sở Tài chính phối hợp với Sở Lao động - TBXH hướng dẫn, kiểm tra việc lồng ghép các nguồn vốn để địa phương thực hiện kế hoạch. Chi nhánh Ngân hàng chính sách xã hội tỉnh chủ trì, phối hợp với các sở ngành liên quan và các địa phương triển khai các chương trình tín dụng ưu đãi cho hộ nghèo và đối tượng chính sách theo quy định. Đài PTTH Tây Ninh xây dựng các phóng sự tuyên truyền về Chương trình MTQG giảm nghèo bền vững trên sóng phát thanh và truyền hình của tỉnh; tuyên truyền trên hệ thống phát thanh, truyền thanh cơ sở để phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và nhân rộng gương cá nhân, tổ chức, các điển hình tiên tiến trong công tác giảm nghèo bền vững.</span></p>
						<p style="text-align: justify;"><span style="font-size: 14pt;">UBND tỉnh đề nghị Ủy ban MTTQ và các tổ chức chính trị - xã hội phối hợp với các sở, ngành, các địa phương triển khai thực hiện có hiệu quả và đồng bộ các chính sách hỗ trợ. Tăng cường công tác tuyên truyền, vận động toàn thể đoàn viên, hội viên và đông đảo nhân dân tích cực tham gia thực hiện giảm nghèo bền vững. Tiếp tục vận động các tổ chức, cá nhân, mạnh thường quân ủng hộ, chăm lo đời sống vật chất, tinh thần cho người nghèo nhân các dịp lễ tết; hỗ trợ xây nhà đại đoàn kết cho các hộ nghèo có khó khăn về nhà ở; có kế hoạch, giải pháp hỗ trợ phù hợp, thiết thực cho thành viên, hội viên thuộc hộ nghèo, hộ cận nghèo, để vươn lên thoát hẳn nghèo, cận nghèo; đảm bảo cuối năm 2020 không còn thành viên, hội viên thuộc hộ nghèo, hộ cận nghèo chuẩn Trung ương.</span></p>
						<div style="text-align: justify;"><span style="font-size: 14pt;">Đồng thời, UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố tổ chức khảo sát, rà soát nhu cầu cần hỗ trợ của hộ nghèo, hộ cận nghèo và xây dựng kế hoạch triển khai thực hiện tại địa phương; đưa ra các nhiệm vụ, giải pháp thực hiện và phân công trách nhiệm cụ thể cho từng phòng ban và các địa phương, tranh thủ các nguồn lực từ các thành phần kinh tế, vận động các doanh nghiệp hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo. Tổ chức triển khai thực hiện các chương trình, dự án hỗ trợ hộ nghèo trên địa bàn, chủ động huy động thêm các nguồn lực cho các dự án của Chương trình. Tăng cường công tác kiểm tra, giám sát việc thực hiện các chính sách hỗ trợ hộ nghèo, hộ cận nghèo...</span></div>
						<p style="text-align: justify;"><span style="font-size: 14pt;">Để việc triển khai có hiệu quả các  nội dung trên, UBND tỉnh yêu cầu các cấp uỷ Đảng, chính quyền địa phương cần tăng cường sự lãnh đạo, chỉ đạo đối với công tác giảm nghèo. Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị xã hội, sự tham gia của người dân trong công tác tuyên truyền, vận động nhằm chuyển biến nhận thức trong giảm nghèo, khơi dậy ý chí chủ động, vươn lên của người nghèo. Tôn vinh doanh nghiệp, tập thể cá nhân có nhiều đóng góp về nguồn lực, cách làm hiệu quả trong công tác giảm nghèo bền vững. Tiếp nhận và sử dụng có hiệu quả nguồn lực hỗ trợ của nhà nước, của cộng đồng để các hộ nghèo vươn lên thoát nghèo; thực hiện cơ chế hỗ trợ tạo sinh kế cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo. Huy động được nguồn lực toàn xã hội tham gia vào nhiệm vụ đảm bảo an sinh xã hội, thực hiện tốt chủ trương xã hội hóa trong thực hiện các chính sách xã hộị.</span></p>
			</div>
		</div>
		<div class="news-author" style="text-align: right;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Công Phong Lượt người xem:&nbsp; Views: &nbsp; 2048</div>
		<div class="news-share">Chia sẻ:<br />Share:
			<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftayninh.gov.vn%2Ftin-chuyen-nganh%2FPages%2Fnam-2020-phan-dau-khong-con-ho-ngheo.aspx" target="_blank"><img src="../../PublishingImages/icons/facebook.png" alt="Facebook" /></a>
			<a href="https://twitter.com/share?url=https%3A%2F%2Ftayninh.gov.vn%2F" target="_blank"><img src="../../PublishingImages/icons/twitter.png" alt="Twitter" /></a>
		</div>
	</div>
	<div class="tin-khac">
		<h3>Tin khác</h3>
		<ul>
			<li>&nbsp;</li>
			<li>&nbsp;</li>
		</ul>
	</div>
</div>
<div id="ctl00_PlaceHolderMain_EditModePanel1" class="edit-mode-panel">
	<div class="ms-toolbar"><a href="javascript:" id="ManagePermissions">Manage Permissions</a>Manage Permissions | <a href="javascript:" id="VersionHistory">Version History</a>Version History</div>
	<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Tiêu đề</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Hình ảnh</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Hình ảnh mô tả</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Tóm tắt</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Nội dung</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Link thay thế nội dung</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Ngày xuất bản</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Tin nổi bật</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Tác giả</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Phân loại</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Loại bài viết</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Số Trang</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Số Ảnh</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Số tiền</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Tin liên quan</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Audio</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Trạng thái</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Lịch sử</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Số lượt người đọc</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Approval Status</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
				<tr><td class="ms-formlabel"><h3 class="ms-standardheader"><nobr>Attachments</nobr></h3></td><td class="ms-formbody">&nbsp;</td></tr>
	</table>
	<table class="ms-formtoolbar"><tr><td class="ms-descriptiontext">Content Type: Tin Tức Mở Rộng<br />Version: <br />Created at  by <br />Last modified at  by </td></tr></table>
	<span class="ms-formfieldvalue">Tin Chuyên Ngành</span>
</div>
</div>
</div></div>
</form>
</body>
</html>
