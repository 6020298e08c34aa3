def bucket_names(s3):
    names = []
    for bucket in s3.list_buckets().get("Buckets", []):
        names.append(bucket["Name"])
    names.sort()
    return names


def tag_instance(ec2, instance_id, tags):
    tag_list = []
    for key in tags:
        tag_list.append({"Key": key, "Value": tags[key]})
    ec2.create_tags(Resources=(instance_id,), Tags=tag_list)
