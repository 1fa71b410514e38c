/* test_entities.c - names through the bundled division list and zone names. */
#include <string.h>

#include "extract/extract.h"
#include "extract/extract_int.h"
#include "harness.h"

int main(void)
{
	const char *level = NULL;
	char z[128];

	STR_EQ("郑州市", db_entity_normalize("郑州", &level));
	STR_EQ("prefecture", level);
	STR_EQ("郑州市", db_entity_normalize("郑州市", &level));
	STR_EQ("河南省", db_entity_normalize("河南", &level));
	STR_EQ("province", level);
	STR_EQ("洛阳市涧西区", db_entity_normalize("涧西区", &level));
	STR_EQ("district", level);
	STR_EQ("洛阳市涧西区", db_entity_normalize("洛阳涧西区", &level));
	STR_EQ("洛阳市涧西区", db_entity_normalize("洛阳市涧西区", &level));
	STR_EQ("灵宝市", db_entity_normalize("灵宝", &level)); /* 县级市: county */
	STR_EQ("county", level);
	STR_EQ("北京市东城区", db_entity_normalize("东城区", &level));
	STR_EQ("延边朝鲜族自治州", db_entity_normalize("延边", &level));
	/* 朝阳区 exists in 北京 and 长春: the bare district name is ambiguous,
	 * the short name 朝阳 goes to the prefecture 朝阳市 */
	OK(db_entity_normalize("朝阳区", &level) == NULL);
	STR_EQ("北京市朝阳区", db_entity_normalize("北京朝阳区", &level));
	STR_EQ("朝阳市", db_entity_normalize("朝阳", &level));
	OK(db_entity_normalize("**市", &level) == NULL);
	OK(db_entity_normalize("黑龙江某县级市", &level) == NULL);
	OK(db_entity_normalize("", &level) == NULL);

	INT_EQ(strlen("高新区"), db_zone_word("高新区GDP完成", strlen("高新区GDP完成")));
	INT_EQ(strlen("经济技术开发区"), db_zone_word("经济技术开发区", strlen("经济技术开发区")));
	INT_EQ(0, db_zone_word("新区", strlen("新区")));
	db_zone_entity("洛阳市涧西区", "高新区", strlen("高新区"), z, sizeof z);
	STR_EQ("洛阳高新区", z);
	db_zone_entity("三门峡市", "高新区", strlen("高新区"), z, sizeof z);
	STR_EQ("三门峡高新区", z);
	db_zone_entity("灵宝市", "经开区", strlen("经开区"), z, sizeof z);
	STR_EQ("三门峡经开区", z);
	db_zone_entity("某某市", "高新区", strlen("高新区"), z, sizeof z);
	STR_EQ("某某市高新区", z);
	/* a zone named with its city already keeps one name */
	db_zone_entity("许昌市", "许昌经开区", strlen("许昌经开区"), z, sizeof z);
	STR_EQ("许昌经开区", z);
	DB_TEST_END();
}
